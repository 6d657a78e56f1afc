package org.spotspec.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The production executor: a few named daemon threads, so a hung call never blocks exit. */
public final class DaemonExecutors {
    private DaemonExecutors() {
    }

    public static ExecutorService pool(String name, int threads) {
        var counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
