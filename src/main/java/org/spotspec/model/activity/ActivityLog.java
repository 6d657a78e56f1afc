package org.spotspec.model.activity;

import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.AwsCallRecord;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.CallJournal;

/**
 * The activity log the Log pane shows: every AWS call (fed by the SDK interceptor on worker
 * threads, handed to the FX thread through {@code fxExecutor}) and the app's own events.
 * Bounded, so a day-long session does not grow without end.
 */
public final class ActivityLog implements CallJournal {
    static final int MAX_ENTRIES = 5_000;

    private final Executor fxExecutor;
    private final Clock clock;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ActivityEntry> view = FXCollections.unmodifiableObservableList(entries);

    public ActivityLog(Executor fxExecutor, Clock clock) {
        this.fxExecutor = fxExecutor;
        this.clock = clock;
    }

    @Override
    public void record(AwsCallRecord call) {
        var details = call.requestId().isEmpty() ? "" : "Request id: " + call.requestId();
        var level = call.succeeded() ? ActivityEntry.Level.INFO : ActivityEntry.Level.ERROR;
        add(new ActivityEntry(call.at(), level, call.service(), call.outcome(), details));
    }

    public void info(String summary) {
        add(new ActivityEntry(clock.instant(), ActivityEntry.Level.INFO, "App", summary, ""));
    }

    public void warning(String summary) {
        add(new ActivityEntry(clock.instant(), ActivityEntry.Level.WARNING, "App", summary, ""));
    }

    public void problem(AwsProblem problem) {
        add(new ActivityEntry(clock.instant(), ActivityEntry.Level.ERROR, "App",
                problem.headline() + " — " + problem.meaning(), problem.details()));
    }

    public void clear() {
        fxExecutor.execute(entries::clear);
    }

    /** Oldest first. FX thread only. */
    public ObservableList<ActivityEntry> entries() {
        return view;
    }

    private void add(ActivityEntry entry) {
        fxExecutor.execute(() -> {
            entries.add(entry);
            if (entries.size() > MAX_ENTRIES) {
                entries.remove(0, entries.size() - MAX_ENTRIES);
            }
        });
    }
}
