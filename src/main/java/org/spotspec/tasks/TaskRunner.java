package org.spotspec.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way SpotSpec runs blocking work (every AWS call): as a {@link Task} on the injected
 * executor, with callbacks on the FX thread. It also keeps the list of what is running, for
 * the status bar's busy indicator.
 *
 * <pre>{@code
 * tasks.task("Sign in", () -> sessions.signIn(request))
 *      .onSuccess(session::start)
 *      .onFailure(problems::report)
 *      .start();
 * }</pre>
 *
 * Production passes a small pool of daemon threads; tests may pass {@code Runnable::run} to run
 * tasks inline on the calling (FX) thread.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor executor;
    private final ObservableList<String> running = FXCollections.observableArrayList();
    private final ObservableList<String> runningView = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TaskRunner(Executor executor) {
        this.executor = executor;
    }

    /** Describes a task; nothing runs until {@link Builder#start()}. */
    public <T> Builder<T> task(String description, Callable<T> work) {
        return new Builder<>(description, work);
    }

    /** Descriptions of the tasks running now, oldest first. FX thread only. */
    public ObservableList<String> running() {
        return runningView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private <T> Task<T> submit(Builder<T> b) {
        requireFxThread();
        var task = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return b.work.call();
            }
        };
        task.setOnSucceeded(e -> finish(b, e, () -> b.onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(b, e, () -> {
            LOG.debug("Task '{}' failed: {}", b.description, task.getException().getClass().getSimpleName());
            b.onFailure.accept(task.getException());
        }));
        task.setOnCancelled(e -> finish(b, e, () -> { }));
        running.add(b.description);
        busy.set(true);
        executor.execute(task);
        return task;
    }

    private void finish(Builder<?> b, WorkerStateEvent event, Runnable callback) {
        running.remove(b.description);
        busy.set(!running.isEmpty());
        try {
            callback.run();
        } finally {
            b.andFinally.run();
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Tasks are started on the FX application thread");
        }
    }

    /** Fluent description of one task. */
    public final class Builder<T> {
        private final String description;
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onFailure = t -> LOG.warn("Unhandled task failure", t);
        private Runnable andFinally = () -> { };

        private Builder(String description, Callable<T> work) {
            this.description = description;
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<? super T> callback) {
            this.onSuccess = callback;
            return this;
        }

        public Builder<T> onFailure(Consumer<Throwable> callback) {
            this.onFailure = callback;
            return this;
        }

        public Builder<T> andFinally(Runnable callback) {
            this.andFinally = callback;
            return this;
        }

        /** Starts the task; call on the FX thread. */
        public Task<T> start() {
            return submit(this);
        }
    }
}
