package org.spotspec.aws;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Calls asking the same thing at the same time share one request: the first caller makes it,
 * the others wait for its answer (or its failure). Nothing is kept afterwards, so a later call
 * (a Refresh) asks AWS again. At sign-in the price view and the launch form both want the
 * region's instance types; without this EC2 was asked twice for the same pages.
 */
final class InFlight<K, V> {
    private final ConcurrentMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    V call(K key, Supplier<V> request) {
        var mine = new CompletableFuture<V>();
        var theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            var answer = request.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> theirs) {
        try {
            return theirs.get();
        } catch (InterruptedException e) {
            // The waiting task was cancelled; the request itself goes on for its first caller.
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped waiting for the same request");
        } catch (ExecutionException e) {
            // call() completes a future only with a RuntimeException or an Error.
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }
}
