package org.spotspec.ui.prices;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.spotspec.model.prices.ScoresModel;
import org.spotspec.prices.PriceStatistics;

/**
 * The statistics table's "Score" column: the placement score of the row's place (its zone's when
 * scored per zone, else its region's), blank where EC2 gave none; redrawn when new scores come.
 */
final class ScoreColumn {
    private ScoreColumn() {
    }

    static void addTo(TableView<PriceStatistics> table, ScoresModel scores) {
        var column = new TableColumn<PriceStatistics, Integer>("Score");
        column.setId("scoreColumn");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(scores.scoreOf(c.getValue().key().region(),
                c.getValue().key().availabilityZone()).orElse(null)));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(64);
        table.getColumns().add(4, column);
        scores.scores().addListener((ListChangeListener<Object>) c -> table.refresh());
    }
}
