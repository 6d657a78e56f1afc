package org.spotspec.model.watch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/** How events read as text: the table's "from → to", a notification's title, the clipboard. */
public final class EventTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EventTexts() {
    }

    /** {@code open → active}; {@code → running} for something new; {@code active →} for something gone. */
    public static String change(WatchEvent e) {
        if (e.from().isEmpty() && e.to().isEmpty()) {
            return "";
        }
        return (e.from() + " → " + e.to()).strip();
    }

    /** A notification's title: what and where, e.g. "Interruption notice — us-east-1". */
    public static String title(WatchEvent e) {
        var what = switch (e.kind()) {
            case INTERRUPTION -> "Interruption notice";
            case REQUEST_NEW -> "New spot request";
            case REQUEST_STATUS -> "Spot request " + e.to();
            case REQUEST_GONE -> "Spot request gone";
            case INSTANCE_NEW -> "New spot instance";
            case INSTANCE_STATE -> "Instance " + e.to();
            case INSTANCE_GONE -> "Instance gone";
            case PRICE_ALERT -> "Price alert";
            case SESSION -> "MFA session";
            case WATCH -> "Watcher";
        };
        return e.region().isEmpty() ? what : what + " — " + e.region();
    }

    /**
     * Tab-separated lines with a header, times in {@code zone}: what Copy puts on the clipboard,
     * ready for a spreadsheet or a ticket.
     */
    public static String copyText(List<StoredEvent> events, ZoneId zone) {
        var out = new StringBuilder("time\tregion\tkind\tid\tfrom\tto\tmessage\n");
        for (var stored : events) {
            var e = stored.event();
            out.append(TIME.withZone(zone).format(e.time())).append('\t').append(e.region()).append('\t')
                    .append(e.kind().id()).append('\t').append(e.id()).append('\t').append(e.from()).append('\t')
                    .append(e.to()).append('\t').append(e.message().replace('\t', ' ').replace('\n', ' '))
                    .append('\n');
        }
        return out.toString();
    }
}
