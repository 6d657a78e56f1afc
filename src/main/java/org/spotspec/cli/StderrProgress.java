package org.spotspec.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.spotspec.aws.FetchProgress;

/** A sync's progress on one rewritten stderr line, for a person at a terminal (never in a pipe or log). */
final class StderrProgress implements FetchProgress {
    private final PrintStream err;
    private final AtomicLong records = new AtomicLong();

    StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
        records.set(recordsSoFarTotal);
        err.printf("\r%s: page %d · %,d records   ", region, pagesSoFarInRegion, recordsSoFarTotal);
        err.flush();
    }

    @Override
    public synchronized void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal) {
        err.printf("\r%s %s (%d of %d)   ", region, succeeded ? "done" : "failed", regionsDone, regionsTotal);
        err.flush();
    }

    synchronized void done() {
        err.print("\r\033[K");
        err.flush();
    }
}
