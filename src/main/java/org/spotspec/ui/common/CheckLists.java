package org.spotspec.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.spotspec.model.prices.SelectionList;

/**
 * Binds a list view of check boxes (and its search field) to a {@link SelectionList}, usable
 * from the keyboard: Down in the search field goes to the list, arrows move, Space ticks or
 * unticks the item under the focus (the cells' check boxes take no focus of their own, so the
 * list's Space would only select the row).
 */
public final class CheckLists {
    private CheckLists() {
    }

    public static void bind(ListView<String> list, SelectionList selection, TextField filter) {
        list.setItems(selection.shown());
        // A long name ("Linux/UNIX (Amazon VPC)" in the narrow query column) wraps, whole.
        list.setCellFactory(view -> ContentSizedRows.wrapping(new CheckBoxListCell<>(selection::checkedProperty)));
        ContentSizedRows.on(list);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            var item = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && item != null) {
                var checked = selection.checkedProperty(item);
                checked.set(!checked.get());
                e.consume();
            }
        });
        // Tabbing in lands on the first item, not on a list with nothing under the focus.
        list.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
            }
        });
        if (filter != null) {
            filter.textProperty().bindBidirectional(selection.filterProperty());
            filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                    list.requestFocus();
                    list.getFocusModel().focus(0);
                    list.scrollTo(0);
                    e.consume();
                }
            });
        }
    }
}
