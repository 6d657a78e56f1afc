package org.spotspec.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.spotspec.model.tables.LiveTable;

/**
 * Keeps a {@link LiveTable}'s view steady across refreshes: the selected rows (by id) and the
 * first visible row stay what they were when the rows are replaced, and drives the table's
 * auto-refresh once a second while its window shows, paused while a dialog is open.
 */
public final class LiveTableBinding<T> {
    private final TableView<T> table;
    private final LiveTable<T> model;
    private final Function<T, String> idOf;
    private Set<String> selectedIds = Set.of();
    private String topId;
    private boolean restoring;

    private LiveTableBinding(TableView<T> table, LiveTable<T> model, Function<T, String> idOf,
                        Function<Runnable, Animation> tickerFor) {
        this.table = table;
        this.model = model;
        this.idOf = idOf;
        Ticks.whileShowing(table, tickerFor.apply(this::tick));
    }

    /** Sets {@code table} up for {@code model}; call once from the controller's initialize. */
    public static <T> LiveTableBinding<T> keep(TableView<T> table, LiveTable<T> model, Function<T, String> idOf) {
        return keep(table, model, idOf, LiveTableBinding::everySecond);
    }

    /** With another ticker than once a second: tests count its starts and stops. */
    static <T> LiveTableBinding<T> keep(TableView<T> table, LiveTable<T> model, Function<T, String> idOf,
                                   Function<Runnable, Animation> tickerFor) {
        var keeper = new LiveTableBinding<>(table, model, idOf, tickerFor);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<T>) c -> keeper.selectionChanged());
        model.replacingProperty().addListener((obs, was, replacing) -> {
            if (replacing) {
                keeper.topId = keeper.firstVisibleId();
            } else {
                keeper.restore();
            }
        });
        return keeper;
    }

    private static Animation everySecond(Runnable tick) {
        return Ticks.everySecond(() -> Platform.runLater(tick));
    }

    private void tick() {
        var scene = table.getScene();
        var window = scene == null ? null : scene.getWindow();
        if (window != null && window.isShowing()) {
            model.tick(OpenDialogs.anyOpen(window));
        }
    }

    private void selectionChanged() {
        if (restoring || model.isReplacing()) {
            return; // the table dropped the rows being replaced; the user chose nothing
        }
        var ids = new LinkedHashSet<String>();
        table.getSelectionModel().getSelectedItems().forEach(row -> ids.add(idOf.apply(row)));
        selectedIds = ids;
    }

    private void restore() {
        restoring = true;
        try {
            var sm = table.getSelectionModel();
            sm.clearSelection();
            var indices = new ArrayList<Integer>();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (selectedIds.contains(idOf.apply(table.getItems().get(i)))) {
                    indices.add(i);
                }
            }
            if (!indices.isEmpty()) {
                int[] rest = indices.subList(1, indices.size()).stream().mapToInt(Integer::intValue).toArray();
                sm.selectIndices(indices.get(0), rest);
            }
            scrollBack();
        } finally {
            restoring = false;
        }
        selectionChanged();
    }

    private String firstVisibleId() {
        var flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return null;
        }
        int index = flow.getFirstVisibleCell().getIndex();
        return index >= 0 && index < table.getItems().size() ? idOf.apply(table.getItems().get(index)) : null;
    }

    private void scrollBack() {
        var flow = flow();
        if (topId == null || flow == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (topId.equals(idOf.apply(table.getItems().get(i)))) {
                flow.scrollToTop(i);
                return;
            }
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }
}
