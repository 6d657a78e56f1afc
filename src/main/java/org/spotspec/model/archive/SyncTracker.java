package org.spotspec.model.archive;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.spotspec.aws.FetchProgress;

/** A sync's progress callbacks (worker threads) as one status-bar line, posted to the FX thread. */
final class SyncTracker implements FetchProgress {
    private final Executor fxExecutor;
    private final Consumer<String> sink;

    SyncTracker(Executor fxExecutor, Consumer<String> sink) {
        this.fxExecutor = fxExecutor;
        this.sink = sink;
    }

    @Override
    public void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
        var text = String.format("Syncing the price archive: %s page %d · %,d records", region, pagesSoFarInRegion,
                recordsSoFarTotal);
        fxExecutor.execute(() -> sink.accept(text));
    }

    @Override
    public void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal) {
        var text = String.format("Syncing the price archive: %s %s", region, succeeded ? "done" : "failed");
        fxExecutor.execute(() -> sink.accept(text));
    }
}
