package org.spotspec.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;

/**
 * Turns two looks at one region into events: what appeared, changed or went since the snapshot
 * stored last. Pure: no clock, no I/O, so a table of inputs tests every rule.
 *
 * <p>The first look at a region (no snapshot) is a baseline and tells nothing, except an
 * interruption notice already running: two minutes do not wait for the next poll.
 */
public final class Differ {

    /** What {@code read} leaves to compare the next poll with. */
    public RegionSnapshot snapshot(String account, RegionRead read) {
        var requests = new LinkedHashMap<String, SeenItem>();
        read.requests().forEach(r -> requests.put(r.id(), new SeenItem(r.id(), r.state(), r.statusCode())));
        var instances = new LinkedHashMap<String, SeenItem>();
        read.instances().forEach(i -> instances.put(i.id(), new SeenItem(i.id(), i.state(), i.stateReason())));
        return new RegionSnapshot(account, read.region(), requests, instances);
    }

    /** The events between {@code before} (empty: first poll) and {@code now}, seen at {@code time}. */
    public List<WatchEvent> diff(String account, Optional<RegionSnapshot> before, RegionRead now, Instant time) {
        var events = new ArrayList<WatchEvent>();
        var factory = new Events(account, now.region(), time);
        if (before.isEmpty()) {
            now.requests().stream().filter(r -> Wording.isInterruption(r.statusCode()))
                    .forEach(r -> events.add(factory.interruption(r, "")));
            return events;
        }
        requests(factory, before.get().requests(), now.requests(), events);
        instances(factory, before.get().instances(), now.instances(), events);
        return events;
    }

    private static void requests(Events factory, Map<String, SeenItem> before, List<SpotRequest> now,
                                 List<WatchEvent> events) {
        for (var r : now) {
            var seen = before.get(r.id());
            if (seen == null) {
                // A new request already under notice: the INTERRUPTION after it is the loud one.
                var severity = Wording.isInterruption(r.statusCode()) ? Severity.INFO
                        : Wording.requestSeverity(r.statusCode());
                events.add(factory.event(EventKind.REQUEST_NEW, r.id(), "", r.statusCode(), Wording.requestNew(r),
                        severity));
                if (Wording.isInterruption(r.statusCode())) {
                    events.add(factory.interruption(r, ""));
                }
            } else if (!seen.state().equals(r.state()) || !seen.detail().equals(r.statusCode())) {
                events.add(changed(factory, seen, r));
            }
        }
        var ids = now.stream().map(SpotRequest::id).collect(Collectors.toSet());
        before.values().stream().filter(s -> !ids.contains(s.id())).forEach(s -> events.add(factory.event(
                EventKind.REQUEST_GONE, s.id(), s.detail(), "", Wording.requestGone(s), Severity.INFO)));
    }

    private static WatchEvent changed(Events factory, SeenItem seen, SpotRequest r) {
        if (Wording.isInterruption(r.statusCode()) && !seen.detail().equals(r.statusCode())) {
            return factory.interruption(r, seen.detail());
        }
        var severity = seen.detail().equals(r.statusCode()) ? Severity.INFO : Wording.requestSeverity(r.statusCode());
        return factory.event(EventKind.REQUEST_STATUS, r.id(), seen.detail(), r.statusCode(),
                Wording.requestStatus(r, severity), severity);
    }

    private static void instances(Events factory, Map<String, SeenItem> before, List<SpotInstance> now,
                                  List<WatchEvent> events) {
        for (var i : now) {
            var seen = before.get(i.id());
            if (seen == null) {
                events.add(factory.event(EventKind.INSTANCE_NEW, i.id(), "", i.state(), Wording.instanceNew(i),
                        Severity.INFO));
            } else if (!seen.state().equals(i.state())) {
                events.add(factory.event(EventKind.INSTANCE_STATE, i.id(), seen.state(), i.state(),
                        Wording.instanceState(i, seen.state()),
                        Wording.instanceSeverity(i.stateReason(), seen.state())));
            }
        }
        var ids = now.stream().map(SpotInstance::id).collect(Collectors.toSet());
        before.values().stream().filter(s -> !ids.contains(s.id())).forEach(s -> events.add(factory.event(
                EventKind.INSTANCE_GONE, s.id(), s.state(), "", Wording.instanceGone(s), Severity.INFO)));
    }

    /** Events of one account, region and poll. */
    private record Events(String account, String region, Instant time) {
        WatchEvent event(EventKind kind, String id, String from, String to, String message, Severity severity) {
            return new WatchEvent(time, account, region, kind, id, from, to, message, severity);
        }

        WatchEvent interruption(SpotRequest r, String from) {
            return event(EventKind.INTERRUPTION, r.id(), from, r.statusCode(), Wording.interruption(r, time),
                    Severity.URGENT);
        }
    }
}
