package org.spotspec.model.tables;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.RegionReads;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;

/**
 * A table of things read from AWS for the current session in the regions of {@link TableRegions}
 * (spot requests, instances): refresh by hand or on an interval, never two refreshes at once,
 * filter by state and free text. Several regions are read in parallel ({@link RegionReads}); one
 * that fails is named in {@link #regionProblemsProperty()} while the others' rows show. The rows are replaced as a whole, and {@link #replacingProperty()} is true while
 * that happens so the view can keep its selection and scroll position by (region, id).
 *
 * <p>It loads only once its tab has been shown (so sign-in costs no extra calls), again when the
 * account or the regions shown change, and on its interval while shown. A change made elsewhere (a launch,
 * a cancel that terminated instances) goes through {@link #refreshWhenShown}, which reads at once
 * only while the tab is shown and otherwise waits for it. Time comes from the injected clock
 * through {@link #tick}, which the view calls once a second.
 */
public final class LiveTable<T> {
    /** The state filter's "everything" choice. */
    public static final String ALL_STATES = "All states";

    private final String action;
    private final AwsCalls calls;
    private final SessionState session;
    private final StatusState status;
    private final Clock clock;
    private final TableRegions regions;
    private final BiFunction<AwsSession, String, List<T>> fetch;
    private final Function<T, String> stateOf;
    private final Function<T, List<String>> searchable;
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shownRows = new FilteredList<>(all);
    private final ObservableList<String> states = FXCollections.observableArrayList(ALL_STATES);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty stateFilter = new SimpleStringProperty(ALL_STATES);
    private final ObjectProperty<RefreshInterval> interval = new SimpleObjectProperty<>(RefreshInterval.OFF);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper replacing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Instant> refreshedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AwsProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, AwsProblem>> regionProblems = new ReadOnlyObjectWrapper<>(Map.of());
    private final javafx.beans.property.ReadOnlyIntegerWrapper hiddenByFilters = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private Instant lastAttempt;
    private boolean again;
    /** Changed elsewhere while hidden: read when the tab is next shown, even if not due. */
    private boolean stale;
    /** Bumped when the account or regions change, so an answer for the old ones is dropped. */
    private int generation;
    private String scope = "";

    /**
     * @param fetch      reads one region with the session's credentials (run once per region)
     * @param stateOf    the row's state, for the state filter and colours
     * @param searchable the row's texts the free-text filter looks in
     */
    public LiveTable(String action, AwsCalls calls, SessionState session, TableRegions regions, StatusState status,
                     Clock clock, BiFunction<AwsSession, String, List<T>> fetch, Function<T, String> stateOf,
                     Function<T, List<String>> searchable, List<String> knownStates) {
        this.regions = regions;
        this.action = action;
        this.calls = calls;
        this.session = session;
        this.status = status;
        this.clock = clock;
        this.fetch = fetch;
        this.stateOf = stateOf;
        this.searchable = searchable;
        states.addAll(knownStates);
        shownRows.predicateProperty().bind(Bindings.createObjectBinding(this::filter, filterText, stateFilter));
        hiddenByFilters.bind(Bindings.size(all).subtract(Bindings.size(shownRows)));
        session.sessionProperty().addListener((obs, old, now) -> scopeChanged());
        regions.effectiveProperty().addListener((obs, old, now) -> scopeChanged());
        shown.addListener((obs, was, isShown) -> {
            if (isShown && (refreshedAt.get() == null || stale || isDue())) {
                refresh();
            }
        });
    }

    /**
     * Reads the table again now, shown or not (the Refresh button); if a refresh is running, once
     * more after it. Callers outside the table use {@link #refreshWhenShown} instead.
     */
    public void refresh() {
        if (session.current().isEmpty()) {
            return;
        }
        if (loading.get()) {
            again = true;
            return;
        }
        loading.set(true);
        stale = false; // cleared as a read starts: a change during it still counts
        int asked = generation;
        var regionsAsked = regions.effective();
        calls.run(action, s -> RegionReads.read(action, s, regionsAsked, fetch), read -> {
            if (asked == generation) {
                replace(read.rows());
                refreshedAt.set(clock.instant());
                problem.set(null);
                regionsFailed(read.failed());
            }
            finish();
        }, failure -> {
            if (asked == generation) {
                // An auto-refresh failing every 15 s should say so once, not fill the log.
                var previous = problem.get();
                if (previous == null || !previous.code().equals(failure.code())) {
                    status.report(failure);
                }
                problem.set(failure);
                regionProblems.set(Map.of());
            }
            finish();
        });
    }

    /**
     * For a change made elsewhere: reads the table now while its tab is shown; otherwise only
     * marks it stale, so it is read the moment the tab is shown and a launch or cancel makes no
     * Describe call for a tab nobody is looking at.
     */
    public void refreshWhenShown() {
        if (shown.get()) {
            refresh();
        } else {
            stale = true;
        }
    }

    /**
     * Refreshes when the interval has passed, unless {@code paused} (a dialog is open), the tab
     * is hidden, a refresh is running, or the session has ended (renewal asks the user first).
     */
    public void tick(boolean paused) {
        if (paused || !shown.get() || loading.get() || calls.isRenewing() || session.isExpired()
                || session.current().isEmpty() || !interval.get().isOn()) {
            return;
        }
        if (isDue()) {
            refresh();
        }
    }

    private boolean isDue() {
        return lastAttempt == null
                || (interval.get().isOn() && !clock.instant().isBefore(lastAttempt.plus(interval.get().period())));
    }

    private void finish() {
        loading.set(false);
        lastAttempt = clock.instant();
        if (again) {
            again = false;
            refresh();
        }
    }

    private void replace(List<T> rows) {
        replacing.set(true);
        try {
            all.setAll(rows);
            rows.stream().map(stateOf).filter(s -> !s.isEmpty() && !states.contains(s)).distinct().forEach(states::add);
        } finally {
            replacing.set(false);
        }
    }

    /** Says a region's failure once, not at every auto-refresh while it lasts. */
    private void regionsFailed(Map<String, AwsProblem> failed) {
        var before = regionProblems.get();
        failed.entrySet().stream().filter(e -> !before.containsKey(e.getKey())
                || !before.get(e.getKey()).code().equals(e.getValue().code())).forEach(e -> status.report(e.getValue()));
        regionProblems.set(failed);
    }

    private void scopeChanged() {
        var now = session.current().orElse(null);
        var nextScope = now == null ? "" : now.identity().arn() + "@" + String.join(",", regions.effective());
        if (nextScope.equals(scope)) {
            return; // a renewed MFA session of the same user and regions: same table
        }
        scope = nextScope;
        generation++;
        again = false;
        stale = false; // the new scope's first read comes anyway (refreshedAt is null)
        lastAttempt = null;
        replace(List.of());
        refreshedAt.set(null);
        problem.set(null);
        regionProblems.set(Map.of());
        if (now != null && shown.get()) {
            refresh(); // while the old one still runs, this waits for it (again = true)
        }
    }

    private Predicate<T> filter() {
        var text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        var state = stateFilter.get();
        return row -> (state == null || ALL_STATES.equals(state) || state.equals(stateOf.apply(row)))
                && (text.isEmpty() || searchable.apply(row).stream().filter(Objects::nonNull)
                        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text)));
    }

    /** The rows the filters let through; the view sorts them. */
    public ObservableList<T> rows() {
        return FXCollections.unmodifiableObservableList(shownRows);
    }

    /** Rows read but hidden by the filters: an empty table then says so, not "none in this region". */
    public javafx.beans.property.ReadOnlyIntegerProperty hiddenByFiltersProperty() {
        return hiddenByFilters.getReadOnlyProperty();
    }

    public ObservableList<String> states() {
        return FXCollections.unmodifiableObservableList(states);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<RefreshInterval> intervalProperty() {
        return interval;
    }

    /** Whether the table's tab is on screen; the main window binds it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    public boolean isReplacing() {
        return replacing.get();
    }

    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refreshedAt.getReadOnlyProperty();
    }

    /** Regions that failed while others' rows came, with why; empty if none or all failed (see problem). */
    public ReadOnlyObjectProperty<Map<String, AwsProblem>> regionProblemsProperty() {
        return regionProblems.getReadOnlyProperty();
    }

    /** The regions this table reads. */
    public TableRegions regions() {
        return regions;
    }

    /** Why the last refresh failed; null after a good one. The rows stay as they were. */
    public ReadOnlyObjectProperty<AwsProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
