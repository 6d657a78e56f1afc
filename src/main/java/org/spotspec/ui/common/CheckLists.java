package org.spotspec.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import org.spotspec.model.prices.SelectionList;

/** Binds a list view of check boxes (and its search field) to a {@link SelectionList}. */
public final class CheckLists {
    private CheckLists() {
    }

    public static void bind(ListView<String> list, SelectionList selection, TextField filter) {
        list.setItems(selection.shown());
        list.setCellFactory(CheckBoxListCell.forListView(selection::checkedProperty));
        if (filter != null) {
            filter.textProperty().bindBidirectional(selection.filterProperty());
        }
    }
}
