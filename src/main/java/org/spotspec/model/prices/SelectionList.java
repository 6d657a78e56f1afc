package org.spotspec.model.prices;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * A searchable multi-choice list (instance types, regions, products, zones): the items, a
 * type-ahead filter, and the chosen items, which survive filtering.
 */
public final class SelectionList {
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableSet<String> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final StringBinding summary;
    private final java.util.Set<String> wanted = new LinkedHashSet<>();

    public SelectionList() {
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            var needle = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
            return item -> needle.isEmpty() || item.toLowerCase(Locale.ROOT).contains(needle);
        }, filter));
        selected.addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                checkedProperty(change.getElementAdded()).set(true);
            }
            if (change.wasRemoved()) {
                checkedProperty(change.getElementRemoved()).set(false);
            }
        });
        summary = Bindings.createStringBinding(this::describe, selected);
    }

    /** Replaces the items; chosen items that are no longer offered are dropped. */
    public void setItems(List<String> newItems) {
        items.setAll(newItems);
        selected.retainAll(newItems);
        if (selected.isEmpty()) {
            select(wanted);
        }
    }

    /**
     * Chooses these items now if offered, and again whenever the items are replaced while
     * nothing is chosen (the remembered choice arrives before the region's item list does).
     */
    public void prefer(Collection<String> remembered) {
        wanted.clear();
        wanted.addAll(remembered);
        select(remembered);
    }

    /** What {@link #prefer} was last given: chosen once offered. */
    public java.util.Set<String> remembered() {
        return java.util.Collections.unmodifiableSet(wanted);
    }

    public void select(Collection<String> chosen) {
        chosen.stream().filter(items::contains).forEach(selected::add);
    }

    public void clearSelection() {
        selected.clear();
    }

    /** The check box state of one item, bound both ways to the selection. */
    public BooleanProperty checkedProperty(String item) {
        return checks.computeIfAbsent(item, i -> {
            var checked = new SimpleBooleanProperty(selected.contains(i));
            checked.addListener((obs, was, now) -> {
                if (now) {
                    selected.add(i);
                } else {
                    selected.remove(i);
                }
            });
            return checked;
        });
    }

    /** Chosen items in the order of the item list. */
    public List<String> chosen() {
        return items.stream().filter(selected::contains).toList();
    }

    public ObservableList<String> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The items matching the filter, for the list view. */
    public ObservableList<String> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableSet<String> selected() {
        return selected;
    }

    /** e.g. {@code 3 chosen: m5.large, c5.large, r5.large}. */
    public StringBinding summaryProperty() {
        return summary;
    }

    private String describe() {
        var chosen = chosen();
        if (chosen.isEmpty()) {
            return "None chosen";
        }
        var head = String.join(", ", chosen.subList(0, Math.min(3, chosen.size())));
        return chosen.size() + " chosen: " + head + (chosen.size() > 3 ? ", …" : "");
    }
}
