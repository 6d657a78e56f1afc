package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One request for callers that ask the same thing at the same time; none kept afterwards. */
class InFlightTest {
    private final InFlight<String, String> inFlight = new InFlight<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch requestStarted = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);

    @AfterEach
    void stop() {
        answer.countDown();
        threads.shutdownNow();
    }

    /** A request that counts itself and answers once the test lets it. */
    private String slowRequest(String reply) {
        requests.incrementAndGet();
        requestStarted.countDown();
        await(answer);
        return reply;
    }

    @Test
    void aSecondCallerWhileTheFirstRunsGetsTheSameAnswerFromOneRequest() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> inFlight.call("eu-west-1", () -> slowRequest("types")), threads);
        await(requestStarted);
        var second = caller(() -> inFlight.call("eu-west-1", () -> slowRequest("other")));

        answer.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("types");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("types");
        assertThat(requests).hasValue(1);
    }

    @Test
    void theFirstCallersFailureReachesTheWaitingCallerToo() throws Exception {
        var failure = new IllegalStateException("UnauthorizedOperation");
        var first = CompletableFuture.supplyAsync(() -> inFlight.call("k", () -> {
            slowRequest("never");
            throw failure;
        }), threads);
        await(requestStarted);
        var second = caller(() -> inFlight.call("k", () -> slowRequest("other")));

        answer.countDown();

        assertThat(first).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(Exception.class).withCause(failure);
        assertThat(second).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(Exception.class).withCause(failure);
        assertThat(requests).hasValue(1);
    }

    @Test
    void callsOneAfterTheOtherAskAgain() {
        answer.countDown();
        assertThat(inFlight.call("k", () -> slowRequest("a"))).isEqualTo("a");
        assertThat(inFlight.call("k", () -> slowRequest("b"))).isEqualTo("b");
        assertThat(requests).hasValue(2);
    }

    @Test
    void otherKeysDoNotWait() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> inFlight.call("eu-west-1", () -> slowRequest("eu")), threads);
        await(requestStarted);

        assertThat(inFlight.call("us-east-1", () -> "us")).isEqualTo("us");

        answer.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("eu");
    }

    @Test
    void anInterruptedWaiterStopsWaitingAndKeepsItsInterrupt() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> inFlight.call("k", () -> slowRequest("types")), threads);
        await(requestStarted);
        var waiter = new AtomicReference<Thread>();
        var outcome = new AtomicReference<Throwable>();
        var interrupted = new AtomicReference<Boolean>();
        var thread = new Thread(() -> {
            waiter.set(Thread.currentThread());
            try {
                inFlight.call("k", () -> slowRequest("other"));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
            interrupted.set(Thread.currentThread().isInterrupted());
        });
        thread.start();
        waitUntilParked(thread);

        thread.interrupt();
        thread.join(10_000);

        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        assertThat(interrupted.get()).isTrue();
        answer.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).as("the request goes on for its first caller").isEqualTo("types");
        assertThat(requests).hasValue(1);
    }

    /** Calls on a thread of its own and returns once that thread waits (for the first caller). */
    private static CompletableFuture<String> caller(java.util.function.Supplier<String> call) throws InterruptedException {
        var result = new CompletableFuture<String>();
        var thread = new Thread(() -> {
            try {
                result.complete(call.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        waitUntilParked(thread);
        return result;
    }

    private static void waitUntilParked(Thread thread) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
