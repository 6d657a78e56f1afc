package org.spotspec.model.watch;

import java.util.List;
import org.spotspec.watch.PollSchedule;

/** The watcher's one-line state, in the Events tab and the status bar. */
final class WatchTexts {
    static final String OFF = "Not watching: turn watching on to be told about interruptions and state changes.";
    static final String WAITING_FOR_SIGN_IN = "Watching starts when you sign in.";
    static final String PAUSED = "Watching paused: the MFA session has ended. Renew it (status bar → Renew) "
            + "and watching resumes.";

    private WatchTexts() {
    }

    static String watching(List<String> regions, Integer seconds, PollSchedule schedule) {
        if (regions.isEmpty()) {
            return "No region to watch: choose regions below or in the Requests tab.";
        }
        var text = new StringBuilder("Watching ").append(String.join(", ", regions)).append(" every ")
                .append(every(seconds == null ? 60 : seconds)).append('.');
        for (var status : schedule.statuses()) {
            status.problem().ifPresent(code -> text.append(' ').append(status.region()).append(" cannot be read (")
                    .append(code).append(").")); // the Events tab has the whole explanation
            if (status.throttled()) {
                text.append(' ').append(status.region()).append(": EC2 is throttling, polled every ")
                        .append(every((int) status.interval().toSeconds())).append(" for now.");
            }
        }
        return text.toString();
    }

    /** 5 s, 60 s, 2 min, 15 min. */
    static String every(int seconds) {
        return seconds < 120 || seconds % 60 != 0 ? seconds + " s" : seconds / 60 + " min";
    }
}
