package org.spotspec.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Pattern;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.aws.requests.SpotStatusCodes;

/**
 * How loud each change is and the sentences people read about it. Kept apart from {@link Differ}
 * so the rules of what changed and the words for it can be read (and changed) separately.
 */
final class Wording {
    /** EC2's notice: the instance is interrupted about two minutes after the status changes. */
    static final Duration NOTICE = Duration.ofMinutes(2);
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final Pattern INTERRUPTION = Pattern.compile("marked-for-(termination|stop|hibernation)");
    /** Capacity lost to EC2 (price, capacity): the codes of the interruption itself, and their stop/hibernate forms. */
    private static final Pattern LOST = Pattern.compile(
            "instance-(terminated|stopped|hibernated)-(by-price|no-capacity|capacity-oversubscribed)");
    private static final Set<String> NOTIFY = Set.of("capacity-not-available", "price-too-low", "fulfilled",
            "request-canceled-and-instance-running", "bad-parameters", "schedule-expired", "system-error",
            "constraint-not-fulfillable", "instance-terminated-by-service", "instance-stopped-by-user",
            "instance-terminated-launch-group-constraint");
    private static final Set<String> SPOT_REASONS = Set.of("Server.SpotInstanceTermination",
            "Server.SpotInstanceShutdown");

    private Wording() {
    }

    static boolean isInterruption(String statusCode) {
        return INTERRUPTION.matcher(statusCode).matches();
    }

    static Severity requestSeverity(String statusCode) {
        if (isInterruption(statusCode) || LOST.matcher(statusCode).matches()) {
            return Severity.URGENT;
        }
        return NOTIFY.contains(statusCode) ? Severity.NOTIFY : Severity.INFO;
    }

    /**
     * URGENT when EC2 takes a live instance (running or pending before); its later steps
     * (shutting-down → terminated, stopping → stopped) carry the same reason but tell nothing new.
     */
    static Severity instanceSeverity(String stateReason, String before) {
        boolean live = before.equals("running") || before.equals("pending");
        return live && SPOT_REASONS.contains(stateReason) ? Severity.URGENT : Severity.INFO;
    }

    /** e.g. "one-time m5.large in eu-west-1a, instance i-0abc". */
    static String describe(SpotRequest r) {
        var out = new StringBuilder(r.type().isEmpty() ? "" : r.type() + " ").append(or(r.instanceType(), "?"));
        if (!r.zone().isEmpty()) {
            out.append(" in ").append(r.zone());
        }
        if (r.hasInstance()) {
            out.append(", instance ").append(r.instanceId());
        }
        return out.toString();
    }

    static String requestNew(SpotRequest r) {
        return "New spot request " + r.id() + " (" + describe(r) + "): " + r.state() + ", " + r.statusCode()
                + said(r) + ".";
    }

    static String requestStatus(SpotRequest r, Severity severity) {
        var text = "Spot request " + r.id() + " (" + describe(r) + ") is " + r.state() + ": " + r.statusCode()
                + said(r) + ".";
        // Only what matters gets the next step: the history stays short for routine changes.
        return severity.notifies() ? text + " What to do: " + SpotStatusCodes.explain(r.statusCode()).nextStep() : text;
    }

    /** The two-minute notice: what EC2 will do, to what, at about what time, and what to do now. */
    static String interruption(SpotRequest r, Instant seen) {
        var verb = switch (r.statusCode()) {
            case "marked-for-stop" -> "stop";
            case "marked-for-hibernation" -> "hibernate";
            default -> "terminate";
        };
        var at = (r.statusUpdated() == null ? seen : r.statusUpdated()).plus(NOTICE);
        var what = r.hasInstance() ? "instance " + r.instanceId() : "the instance of spot request " + r.id();
        var type = or(r.instanceType(), "this type");
        return "EC2 will " + verb + " " + what + " (" + type + (r.zone().isEmpty() ? "" : ", " + r.zone())
                + ", request " + r.id() + ") at about " + CLOCK.format(at) + " UTC (two-minute notice). Now: save or "
                + "checkpoint its work, drain it from its load balancer or queue, and launch a replacement (another "
                + "zone than " + or(r.zone(), "this one") + " or another type than " + type + " if capacity is short).";
    }

    static String requestGone(SeenItem seen) {
        return "Spot request " + seen.id() + " is no longer listed by EC2 (last seen " + seen.state()
                + (seen.detail().isEmpty() ? "" : ", " + seen.detail()) + ").";
    }

    static String instanceNew(SpotInstance i) {
        return "New spot instance " + i.id() + " (" + or(i.instanceType(), "?") + (i.zone().isEmpty() ? "" : " in "
                + i.zone()) + (i.spotRequestId().isEmpty() ? "" : ", request " + i.spotRequestId()) + "): " + i.state()
                + ".";
    }

    static String instanceState(SpotInstance i, String before) {
        var text = "Spot instance " + i.id() + " (" + or(i.instanceType(), "?") + (i.zone().isEmpty() ? "" : " in "
                + i.zone()) + ") went from " + before + " to " + i.state();
        if (i.stateReason().isEmpty()) {
            return text + ".";
        }
        var why = switch (i.stateReason()) {
            case "Server.SpotInstanceTermination" -> "EC2 interrupted it (spot capacity or price)";
            case "Server.SpotInstanceShutdown" -> "EC2 stopped it (spot capacity or price)";
            case "Client.UserInitiatedShutdown" -> "user-initiated";
            case "Client.InstanceInitiatedShutdown" -> "shut down from inside the instance";
            default -> "reason";
        };
        return text + ": " + why + " (" + i.stateReason() + ").";
    }

    static String instanceGone(SeenItem seen) {
        return "Spot instance " + seen.id() + " is no longer listed by EC2 (last seen " + seen.state() + ").";
    }

    private static String said(SpotRequest r) {
        return r.statusMessage().isEmpty() ? "" : ". EC2 says: " + r.statusMessage().replaceAll("\\.$", "");
    }

    private static String or(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
