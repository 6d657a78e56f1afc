package org.spotspec.logging;

/**
 * Where the way to the sign-in view goes, phase by phase: with {@code -Dspotspec.startTrace=true}
 * each mark prints {@code start trace: <ms since launch> ms <phase> (<thread>)} on standard
 * output ({@code packaging/figures.sh} gives the totals; README "Start-up trace"). Off, a mark
 * costs a read of a constant. Standard output, not the log: logging is itself one of the
 * phases, and a phase must not wait for it.
 */
public final class StartTrace {
    private static final boolean ON = Boolean.getBoolean("spotspec.startTrace");

    private StartTrace() {
    }

    /** Prints the time since launch and {@code phase}, when tracing. */
    public static void mark(String phase) {
        if (ON) {
            System.out.println("start trace: " + LaunchClock.sinceLaunch().toMillis() + " ms " + phase
                    + " (" + Thread.currentThread().getName() + ")");
        }
    }
}
