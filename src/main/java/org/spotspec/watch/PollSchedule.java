package org.spotspec.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.aws.AwsProblem;

/**
 * When each watched region is read: every interval, never twice at once, and slower while EC2
 * throttles (its token bucket is shared by every client of the account and region, the console
 * too, so a watcher that keeps hammering hurts the user's other tools). Pure logic, no threads:
 * the caller asks {@link #due()} and reports each poll's end. Thread-safe.
 *
 * <p>Throttling doubles that region's interval, up to {@link #MAX_FACTOR} times the chosen one
 * and never more than {@link #MAX_INTERVAL}; each success halves it back, step by step, so a
 * recovering bucket is not emptied again at once.
 */
public final class PollSchedule {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MAX_INTERVAL = Duration.ofMinutes(15);
    public static final int MAX_FACTOR = 16;

    private final Clock clock;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private Duration interval = DEFAULT_INTERVAL;

    /** One region's timing and what was last told about it. */
    private static final class Slot {
        Duration interval;
        Instant next;
        boolean inFlight;
        Instant lastRead;
        String problem;

        Slot(Duration interval, Instant next) {
            this.interval = interval;
            this.next = next;
        }
    }

    public PollSchedule(Clock clock) {
        this.clock = clock;
    }

    /** The regions to watch; new ones are due at once, those left keep their timing. */
    public synchronized void regions(List<String> regions) {
        slots.keySet().retainAll(regions);
        regions.forEach(r -> slots.computeIfAbsent(r, k -> new Slot(interval, clock.instant())));
    }

    public synchronized List<String> regions() {
        return List.copyOf(slots.keySet());
    }

    /** The chosen interval, at least {@link #MIN_INTERVAL}; regions not throttled take it from their next poll on. */
    public synchronized void interval(Duration chosen) {
        var old = interval;
        interval = chosen.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : chosen;
        slots.values().stream().filter(s -> s.interval.equals(old)).forEach(s -> s.interval = interval);
    }

    public synchronized Duration interval() {
        return interval;
    }

    /** The regions due now and not in flight, marked in flight: the caller polls each once, then reports. */
    public synchronized List<String> due() {
        var now = clock.instant();
        var due = new ArrayList<String>();
        slots.forEach((region, s) -> {
            if (!s.inFlight && !now.isBefore(s.next)) {
                s.inFlight = true;
                due.add(region);
            }
        });
        return due;
    }

    /** A poll of {@code region} succeeded; returns the watcher events worth telling (read again, back to normal). */
    public synchronized List<WatchEvent> succeeded(String region) {
        var s = slots.get(region);
        if (s == null) {
            return List.of();
        }
        var now = clock.instant();
        var events = new ArrayList<WatchEvent>();
        if (s.problem != null) {
            events.add(event(now, region, s.problem, "", "Region " + region + " is read again.", Severity.INFO));
            s.problem = null;
        }
        if (s.interval.compareTo(interval) > 0) {
            var halved = s.interval.dividedBy(2);
            s.interval = halved.compareTo(interval) < 0 ? interval : halved;
            if (s.interval.equals(interval)) {
                events.add(event(now, region, "throttled", "", "EC2 no longer throttles region " + region
                        + ": polling every " + seconds(interval) + " again.", Severity.INFO));
            }
        }
        finish(s, now);
        s.lastRead = now;
        return events;
    }

    /**
     * A poll of {@code region} failed; returns the events worth telling: a region that cannot be
     * read (once per error code, not every poll), or a slower pace while EC2 throttles.
     */
    public synchronized List<WatchEvent> failed(String region, AwsProblem problem) {
        var s = slots.get(region);
        if (s == null) {
            return List.of();
        }
        var now = clock.instant();
        var events = new ArrayList<WatchEvent>();
        if (problem.kind() == AwsProblem.Kind.THROTTLED) {
            var longer = s.interval.multipliedBy(2);
            var cap = cap();
            longer = longer.compareTo(cap) > 0 ? cap : longer;
            boolean entering = s.interval.compareTo(interval) <= 0;
            s.interval = longer;
            // Told once as throttling starts; each further slow-down shows in the region's status, not as
            // one more notification (which would also repeat the first: the history keeps a change once).
            if (entering && !longer.equals(interval)) {
                events.add(event(now, region, "", "throttled", "EC2 is throttling reads in region " + region + " ("
                        + problem.code() + "): polling every " + seconds(longer) + " until it eases.",
                        Severity.NOTIFY));
            }
        } else if (problem.kind() != AwsProblem.Kind.EXPIRED_SESSION && !problem.code().equals(s.problem)) {
            // An ended session is told once by SessionWatch, not once per region here.
            events.add(event(now, region, s.problem == null ? "" : s.problem, problem.code(), "Cannot read region "
                    + region + ": " + problem.code() + ". " + problem.meaning() + " What to do: " + problem.nextStep()
                    + " Trying again every " + seconds(s.interval) + ".", Severity.NOTIFY));
            s.problem = problem.code();
        }
        finish(s, now);
        return events;
    }

    public synchronized Optional<Instant> nextPoll(String region) {
        var s = slots.get(region);
        return s == null || s.inFlight ? Optional.empty() : Optional.of(s.next);
    }

    /** The interval {@code region} is polled at now; the chosen one for a region not watched. */
    public synchronized Duration interval(String region) {
        var s = slots.get(region);
        return s == null ? interval : s.interval;
    }

    /** The earliest next poll of any region not in flight; empty when none is waiting. */
    public synchronized Optional<Instant> nextPoll() {
        return slots.values().stream().filter(s -> !s.inFlight).map(s -> s.next).min(Instant::compareTo);
    }

    public synchronized List<RegionStatus> statuses() {
        var out = new ArrayList<RegionStatus>();
        slots.forEach((region, s) -> out.add(new RegionStatus(region, s.interval,
                s.inFlight ? Optional.empty() : Optional.of(s.next), s.inFlight, Optional.ofNullable(s.lastRead),
                Optional.ofNullable(s.problem), s.interval.compareTo(interval) > 0)));
        return out;
    }

    private Duration cap() {
        var factor = interval.multipliedBy(MAX_FACTOR);
        var cap = factor.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : factor;
        return cap.compareTo(interval) < 0 ? interval : cap;
    }

    private static void finish(Slot s, Instant now) {
        s.inFlight = false;
        s.next = now.plus(s.interval);
    }

    private static WatchEvent event(Instant now, String region, String from, String to, String message,
                                    Severity severity) {
        return new WatchEvent(now.truncatedTo(ChronoUnit.SECONDS), "", region, EventKind.WATCH, region, from, to,
                message, severity);
    }

    static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
