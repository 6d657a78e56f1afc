package org.spotspec.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way SpotSpec runs blocking work (every AWS call): on the injected executor, with
 * callbacks on the UI thread. It also keeps the list of what is running, for the status bar's
 * busy indicator.
 *
 * <pre>{@code
 * tasks.task("Sign in", () -> sessions.signIn(request))
 *      .onSuccess(session::start)
 *      .onFailure(problems::report)
 *      .start();
 * }</pre>
 *
 * Its thread rules are injected. The app uses {@link #onFxThread}: each task is a JavaFX
 * {@link Task} on a worker pool, started from and answering on the FX thread. Model tests use
 * {@link #inline()}: work and callbacks run at once on the calling thread, without a toolkit
 * (a {@code Task} cannot: it hands every state change to {@code Platform.runLater}, and refuses
 * to be touched off the FX thread once started).
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor executor;
    private final BooleanSupplier onUiThread;
    private final boolean inline;
    private final ObservableList<String> running = FXCollections.observableArrayList();
    private final ObservableList<String> runningView = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * Runs each task as a JavaFX {@link Task} on {@code executor}; its callbacks come on the FX
     * thread, so this needs the toolkit.
     *
     * @param onUiThread whether the caller is on the thread tasks must be started from
     */
    public TaskRunner(Executor executor, BooleanSupplier onUiThread) {
        this(executor, onUiThread, false);
    }

    private TaskRunner(Executor executor, BooleanSupplier onUiThread, boolean inline) {
        this.executor = executor;
        this.onUiThread = onUiThread;
        this.inline = inline;
    }

    /** The app's runner: tasks on {@code executor}, started from and answering on the FX thread. */
    public static TaskRunner onFxThread(Executor executor) {
        return new TaskRunner(executor, Platform::isFxApplicationThread);
    }

    /**
     * For tests without a toolkit: a task's work, then its callbacks, run on the thread that starts
     * it, before {@code start()} returns. Any thread may start tasks.
     */
    public static TaskRunner inline() {
        return new TaskRunner(Runnable::run, () -> true, true);
    }

    /** Describes a task; nothing runs until {@link Builder#start()}. */
    public <T> Builder<T> task(String description, Callable<T> work) {
        return new Builder<>(description, work);
    }

    /** Descriptions of the tasks running now, oldest first. UI thread only. */
    public ObservableList<String> running() {
        return runningView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private <T> void submit(Builder<T> b) {
        if (!onUiThread.getAsBoolean()) {
            throw new IllegalStateException("Tasks are started on the UI thread");
        }
        running.add(b.description);
        busy.set(true);
        if (inline) {
            runInline(b);
        } else {
            executor.execute(asFxTask(b));
        }
    }

    private <T> Task<T> asFxTask(Builder<T> b) {
        var task = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return b.work.call();
            }
        };
        task.setOnSucceeded(e -> finish(b, () -> b.onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(b, () -> failed(b, task.getException())));
        task.setOnCancelled(e -> finish(b, () -> { }));
        return task;
    }

    private <T> void runInline(Builder<T> b) {
        T value;
        try {
            value = b.work.call();
        } catch (Throwable failure) { // as a Task would: anything the work throws is its failure
            finish(b, () -> failed(b, failure));
            return;
        }
        finish(b, () -> b.onSuccess.accept(value));
    }

    private static void failed(Builder<?> b, Throwable failure) {
        LOG.debug("Task '{}' failed: {}", b.description, failure.getClass().getSimpleName());
        b.onFailure.accept(failure);
    }

    private void finish(Builder<?> b, Runnable callback) {
        running.remove(b.description);
        busy.set(!running.isEmpty());
        try {
            callback.run();
        } finally {
            b.andFinally.run();
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

        /** Starts the task; call on the UI thread. */
        public void start() {
            submit(this);
        }
    }
}
