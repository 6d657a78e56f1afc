package org.spotspec.model.prices;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.spotspec.aws.FetchProgress;

/**
 * Turns the fetch's progress callbacks (from worker threads) into one line for the view,
 * e.g. "3 of 5 regions done · 14 pages · 12,400 records", posted to the FX thread.
 */
final class FetchTracker implements FetchProgress {
    private final Executor fxExecutor;
    private final Consumer<String> sink;
    private final int regionsTotal;
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final AtomicInteger regionsDone = new AtomicInteger();

    FetchTracker(Executor fxExecutor, Consumer<String> sink, int regionsTotal) {
        this.fxExecutor = fxExecutor;
        this.sink = sink;
        this.regionsTotal = regionsTotal;
    }

    @Override
    public void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
        pages.incrementAndGet();
        records.set(recordsSoFarTotal);
        post();
    }

    @Override
    public void regionFinished(String region, boolean succeeded, int done, int total) {
        regionsDone.set(done);
        post();
    }

    private void post() {
        var text = String.format("%d of %d regions done · %d pages · %,d records", regionsDone.get(), regionsTotal,
                pages.get(), records.get());
        fxExecutor.execute(() -> sink.accept(text));
    }
}
