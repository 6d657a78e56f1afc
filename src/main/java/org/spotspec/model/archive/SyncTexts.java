package org.spotspec.model.archive;

import org.spotspec.pricedata.RegionOutcome;
import org.spotspec.pricedata.SyncOutcome;

/** The sentences the sync shows: in the Archive view and in the status bar. */
final class SyncTexts {
    static final String WAITING_FOR_SIGN_IN = "Waiting for sign-in: the tracked series sync while you are signed in.";
    static final String PAUSED = "Paused: the MFA session needs a new code. Renew it (Account ▸ Renew session) "
            + "and syncing resumes at the next interval.";
    static final String NOTHING_TRACKED = "Nothing to sync: choose at least one type, region and product to track.";

    private SyncTexts() {
    }

    static String scheduled(int minutes) {
        return "Syncs every " + interval(minutes) + " while you are signed in.";
    }

    /** The status bar's segment, e.g. {@code Syncing prices 3/8…} (regions done of all). */
    static String progress(int done, int total) {
        return "Syncing prices " + done + "/" + total + "…";
    }

    static String interval(int minutes) {
        if (minutes % 60 == 0) {
            return minutes == 60 ? "hour" : minutes / 60 + " hours";
        }
        return minutes + " min";
    }

    static String outcome(SyncOutcome outcome, int minutes) {
        if (outcome.status() == SyncOutcome.Status.NEEDS_SIGN_IN) {
            return PAUSED;
        }
        var at = outcome.finishedAt().atZone(java.time.ZoneId.systemDefault()).toLocalTime()
                .withNano(0).withSecond(0);
        return "Last sync at " + at + ": " + outcome.message() + ". Next in " + interval(minutes) + ".";
    }

    static String region(RegionOutcome r) {
        if (r.failure().isPresent()) {
            var p = r.failure().get();
            return r.region() + ": failed: " + p.code() + ", " + p.meaning()
                    + (p.nextStep().isEmpty() ? "" : " " + p.nextStep());
        }
        // Records received: one the archive already held is stored once, not counted apart.
        return String.format("%s: %,d records in %d span(s) fetched (each stored once)", r.region(), r.records(),
                r.spansFetched());
    }
}
