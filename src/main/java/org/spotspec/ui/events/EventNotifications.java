package org.spotspec.ui.events;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.spotspec.model.watch.EventTexts;
import org.spotspec.watch.Severity;
import org.spotspec.watch.StoredEvent;

/**
 * The in-app notifications of the watcher's events (ControlsFX), at the window's bottom right.
 * An urgent one (an interruption notice, an instance taken by EC2) stays until closed; the others
 * fade after a few seconds. A burst (a region's first poll after a long pause) shows as one
 * notification that names the count. Clicking one opens the Events tab at that event.
 */
public final class EventNotifications implements Consumer<List<StoredEvent>> {
    /** More than this many at once: one summary instead of a stack that covers the window. */
    static final int MAX_SEPARATE = 3;
    private static final Duration FADE_AFTER = Duration.seconds(8);

    private final Supplier<Window> owner;
    private final Consumer<StoredEvent> open;

    /** @param open shows the event in the Events tab */
    public EventNotifications(Supplier<Window> owner, Consumer<StoredEvent> open) {
        this.owner = owner;
        this.open = open;
    }

    @Override
    public void accept(List<StoredEvent> events) {
        if (events.size() > MAX_SEPARATE) {
            var urgent = events.stream().filter(e -> e.event().severity() == Severity.URGENT).count();
            var first = events.stream().filter(e -> e.event().severity() == Severity.URGENT).findFirst()
                    .orElse(events.get(0));
            show(events.size() + " events from the watcher", (urgent > 0 ? urgent + " urgent. " : "")
                    + "First: " + first.event().message() + "\nOpen the Events tab to read them all.",
                    urgent > 0, first);
            return;
        }
        events.forEach(e -> show(EventTexts.title(e.event()), e.event().message(),
                e.event().severity() == Severity.URGENT, e));
    }

    /** Characters per line: ControlsFX sizes a notification to its text, which would otherwise run off the window. */
    static final int LINE = 72;

    /** {@code text} with line breaks at spaces, no line over {@link #LINE} unless one word is. */
    static String wrap(String text) {
        var out = new StringBuilder();
        int lineLength = 0;
        for (var word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > LINE) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    private void show(String title, String text, boolean urgent, StoredEvent target) {
        var notification = Notifications.create().title(title).text(wrap(text)).position(Pos.BOTTOM_RIGHT)
                .hideAfter(urgent ? Duration.INDEFINITE : FADE_AFTER)
                .onAction(e -> open.accept(target));
        var window = owner.get();
        if (window != null) {
            notification.owner(window);
        }
        if (urgent) {
            notification.showWarning();
        } else {
            notification.showInformation();
        }
    }
}
