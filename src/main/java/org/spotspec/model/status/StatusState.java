package org.spotspec.model.status;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsProblem;
import org.spotspec.model.activity.ActivityLog;

/** The status bar's last error; every reported problem also goes to the activity log. */
public final class StatusState {
    /** The price sync's task: shown in its own status-bar segment, so not again among the busy tasks. */
    public static final String SYNC_TASK = "Sync tracked prices";
    private static final Logger LOG = LoggerFactory.getLogger(StatusState.class);

    private final ActivityLog log;
    private final ReadOnlyObjectWrapper<AwsProblem> lastError = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper sync = new javafx.beans.property.ReadOnlyStringWrapper("");

    public StatusState(ActivityLog log) {
        this.log = log;
    }

    public void report(AwsProblem problem) {
        LOG.warn("{} ({}){}", problem.headline(), problem.meaning(),
                problem.requestId().isEmpty() ? "" : " request id " + problem.requestId());
        log.problem(problem);
        lastError.set(problem);
    }

    public void clearError() {
        lastError.set(null);
    }

    public ReadOnlyObjectProperty<AwsProblem> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** Shows the price sync's progress (e.g. "Syncing prices 3/8…"); empty hides the segment. */
    public void showSync(String text) {
        sync.set(text == null ? "" : text);
    }

    public javafx.beans.property.ReadOnlyStringProperty syncProperty() {
        return sync.getReadOnlyProperty();
    }
}
