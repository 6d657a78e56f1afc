package org.spotspec.model.requests;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.aws.requests.SpotStatusCodes;

/** The details pane's text for one request: its status code in plain words and the next step. */
public final class RequestDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RequestDetails() {
    }

    /** The id, its region (the table may show several), state and status code. */
    public static String headline(SpotRequest r) {
        return r.id() + (r.region().isEmpty() ? "" : " in " + r.region()) + " — " + r.state()
                + (r.statusCode().isEmpty() ? "" : " / " + r.statusCode());
    }

    public static String explanation(SpotRequest r) {
        var e = SpotStatusCodes.explain(r.statusCode());
        var text = new StringBuilder(e.meaning()).append("\n\nWhat to do: ").append(e.nextStep());
        // Only while its instance may still run: "instance-terminated-…" says it is gone already.
        if (r.hasInstance() && ("cancelled".equals(r.state()) || "closed".equals(r.state()))
                && !r.statusCode().startsWith("instance-terminated")) {
            text.append("\n\nCancelling a request never terminates its instance: check ").append(r.instanceId())
                    .append(" on the Instances tab.");
        }
        return text.toString();
    }

    /** AWS's own words and when the status last changed, said as such (a bare date in brackets told nobody what it was). */
    public static String awsMessage(SpotRequest r, ZoneId zone) {
        var message = r.statusMessage().isEmpty() ? "" : "AWS says: " + r.statusMessage();
        if (r.statusUpdated() == null) {
            return message;
        }
        var updated = "Status last updated " + format(r.statusUpdated(), zone) + " (" + zoneName(zone) + ")";
        return message.isEmpty() ? updated + "." : message + "\n" + updated + ".";
    }

    private static String zoneName(ZoneId zone) {
        var name = zone.normalized().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        return "Z".equals(name) ? "UTC" : name;
    }

    public static String format(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
