package org.spotspec.model.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.StoredEvent;

/**
 * The Events tab: the watcher's history (read from the store once, then what each poll adds),
 * filtered by text, kind and "not acknowledged"; acknowledging, and how many are not. Store work
 * runs in tasks: the store is the archive's database.
 */
public final class EventsModel {
    /** The kind filter's "everything" choice. */
    public static final String ALL_KINDS = "All kinds";
    /** How far back the tab reads at start, and how many events it keeps: the CLI reads the rest. */
    public static final Duration HISTORY = Duration.ofDays(30);
    public static final int MAX_ROWS = 5_000;

    private final TaskRunner tasks;
    private final Supplier<EventStore> store;
    private final Supplier<String> storeNote;
    private final Clock clock;
    private final ObservableList<StoredEvent> all = FXCollections.observableArrayList();
    private final FilteredList<StoredEvent> shown = new FilteredList<>(all);
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty kindFilter = new SimpleStringProperty(ALL_KINDS);
    private final BooleanProperty unacknowledgedOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper unacknowledged = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ObjectProperty<StoredEvent> revealed =
            new javafx.beans.property.SimpleObjectProperty<>();
    private boolean loaded;

    /**
     * @param store     the event store, opened at first use (in a task: it may open the archive)
     * @param storeNote after the store opened: why events will not outlast this run, empty when they will
     */
    public EventsModel(TaskRunner tasks, Supplier<EventStore> store, Supplier<String> storeNote, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.storeNote = storeNote;
        this.clock = clock;
        kinds.add(ALL_KINDS);
        for (var kind : EventKind.values()) {
            kinds.add(kind.id());
        }
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, filterText, kindFilter,
                unacknowledgedOnly));
    }

    /** Reads the history of the last {@link #HISTORY} once; events that arrive meanwhile are kept. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var since = clock.instant().minus(HISTORY);
        tasks.task("Read the event history", () -> new Loaded(store.get().since(since, MAX_ROWS), storeNote.get()))
                .onSuccess(read -> {
                    merge(read.events());
                    problem.set(read.note());
                })
                .onFailure(e -> {
                    loaded = false;
                    problem.set("The event history could not be read: " + e.getMessage());
                })
                .start();
    }

    private record Loaded(List<StoredEvent> events, String note) {
    }

    /** Events just stored by the watcher; FX thread. */
    public void add(List<StoredEvent> events) {
        merge(events);
    }

    private void merge(List<StoredEvent> events) {
        var known = new HashSet<Long>();
        all.forEach(e -> known.add(e.key()));
        var fresh = events.stream().filter(e -> known.add(e.key())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        var merged = new ArrayList<>(all);
        merged.addAll(fresh);
        merged.sort((a, b) -> a.event().time().compareTo(b.event().time()) != 0
                ? a.event().time().compareTo(b.event().time()) : Long.compare(a.key(), b.key()));
        all.setAll(merged.size() > MAX_ROWS ? merged.subList(merged.size() - MAX_ROWS, merged.size()) : merged);
        countUnacknowledged();
    }

    /** Marks {@code events} acknowledged here at once, and in the store in the background. */
    public void acknowledge(Collection<StoredEvent> events) {
        var keys = events.stream().filter(e -> !e.acknowledged()).map(StoredEvent::key).toList();
        if (keys.isEmpty()) {
            return;
        }
        var set = new HashSet<>(keys);
        for (int i = 0; i < all.size(); i++) {
            var e = all.get(i);
            if (set.contains(e.key())) {
                all.set(i, new StoredEvent(e.key(), e.event(), true));
            }
        }
        countUnacknowledged();
        tasks.task("Acknowledge events", () -> {
            store.get().acknowledge(keys);
            return null;
        }).onFailure(e -> problem.set("Acknowledging failed: " + e.getMessage())).start();
    }

    /** Acknowledges every event read, shown or hidden by the filters. */
    public void acknowledgeAll() {
        acknowledge(List.copyOf(all));
    }

    private void countUnacknowledged() {
        unacknowledged.set((int) all.stream().filter(e -> !e.acknowledged()).count());
    }

    private Predicate<StoredEvent> filter() {
        var text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        var kind = kindFilter.get();
        boolean onlyNew = unacknowledgedOnly.get();
        return stored -> {
            var e = stored.event();
            return (!onlyNew || !stored.acknowledged())
                    && (kind == null || ALL_KINDS.equals(kind) || kind.equals(e.kind().id()))
                    && (text.isEmpty() || List.of(e.region(), e.kind().id(), e.id(), e.from(), e.to(), e.message())
                            .stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text)));
        };
    }

    /** The events the filters let through, oldest first; the view sorts them. */
    public ObservableList<StoredEvent> rows() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** Every event read, for tests and "acknowledge all". */
    public List<StoredEvent> all() {
        return List.copyOf(all);
    }

    public ObservableList<String> kinds() {
        return FXCollections.unmodifiableObservableList(kinds);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty unacknowledgedOnlyProperty() {
        return unacknowledgedOnly;
    }

    /** Events not acknowledged yet: the tab's badge. */
    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged.getReadOnlyProperty();
    }

    /**
     * The event the user asked to see (a notification was clicked): the view selects it, showing it
     * even if the filters hid it.
     */
    public javafx.beans.property.ObjectProperty<StoredEvent> revealedProperty() {
        return revealed;
    }

    /** Shows {@code event} in the table: clears filters that would hide it, then asks the view to select it. */
    public void reveal(StoredEvent event) {
        if (!shown.contains(event)) {
            filterText.set("");
            kindFilter.set(ALL_KINDS);
            unacknowledgedOnly.set(false);
        }
        revealed.set(null);
        revealed.set(event);
    }

    /** Why the history could not be read or changed; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
