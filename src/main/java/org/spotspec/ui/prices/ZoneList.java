package org.spotspec.ui.prices;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.spotspec.model.prices.PricesModel;

/** The zone check list: the zones of every chosen region, under a heading per region (whose row is the taller: the list is .content-sized-rows). */
final class ZoneList {
    private ZoneList() {
    }

    static void bind(ListView<String> list, PricesModel model) {
        list.setItems(model.zones().shown());
        list.setCellFactory(l -> new ZoneCell(model));
    }

    private static final class ZoneCell extends ListCell<String> {
        private final PricesModel model;
        private final Label heading = new Label();
        private final CheckBox check = new CheckBox();
        private final VBox box = new VBox(2, heading, check);
        private BooleanProperty bound;

        ZoneCell(PricesModel model) {
            this.model = model;
            heading.getStyleClass().addAll("zone-region", "text-muted");
            setText(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            check.setText(item);
            bound = model.zones().checkedProperty(item);
            check.selectedProperty().bindBidirectional(bound);
            var region = model.regionOfZone(item);
            int index = getIndex();
            var previous = index > 0 && index - 1 < getListView().getItems().size()
                    ? model.regionOfZone(getListView().getItems().get(index - 1)) : null;
            boolean first = region != null && !Objects.equals(region, previous);
            heading.setText(first ? region : "");
            heading.setVisible(first);
            heading.setManaged(first);
            setGraphic(box);
        }
    }
}
