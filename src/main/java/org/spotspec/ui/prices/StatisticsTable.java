package org.spotspec.ui.prices;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.spotspec.prices.PriceFormat;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.ui.common.ColumnFit;

/** The statistics table: one sortable row per series, the cheapest current price highlighted. */
final class StatisticsTable {
    private static final PseudoClass CHEAPEST = PseudoClass.getPseudoClass("cheapest");

    private StatisticsTable() {
    }

    static void setUp(TableView<PriceStatistics> table, ObservableList<PriceStatistics> rows) {
        var sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(java.util.List.of(
                text("Region", s -> s.key().region(), 96),
                text("Zone", s -> s.key().availabilityZone(), 104),
                text("Type", s -> s.key().instanceType(), 96),
                text("Product", s -> s.key().product(), 120),
                price("Latest", PriceStatistics::latest, "The price now (the last change in the range)"),
                price("Min", PriceStatistics::min, "Lowest price in effect during the range"),
                price("Mean", PriceStatistics::mean, "Time-weighted mean: each price counts for as long as it held"),
                price("p50", PriceStatistics::p50, "Half of the time the price was at or below this"),
                price("p95", PriceStatistics::p95, "95% of the time the price was at or below this"),
                price("Max", PriceStatistics::max, "Highest price in effect during the range"),
                price("Volatility", PriceStatistics::volatility, "Time-weighted standard deviation, $/hour"),
                share()));
        // Unconstrained: every figure stays readable, and a narrow window scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnFit.titles(table);
        // Found once per change of the rows, not once per row drawn.
        var cheapest = Bindings.createObjectBinding(() -> cheapest(rows), rows);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PriceStatistics item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CHEAPEST, !empty && item != null && item == cheapest.get());
            }
        });
        cheapest.addListener((obs, old, now) -> table.refresh());
    }

    /** The row with the lowest current price. */
    static PriceStatistics cheapest(ObservableList<PriceStatistics> rows) {
        return rows.stream().filter(s -> !Double.isNaN(s.latest()))
                .min(Comparator.comparingDouble(PriceStatistics::latest)).orElse(null);
    }

    private static TableColumn<PriceStatistics, String> text(String title, Function<PriceStatistics, String> value,
                                                             double width) {
        var column = new TableColumn<PriceStatistics, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> ColumnFit.textCell());
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<PriceStatistics, Number> price(String title, ToDoubleFunction<PriceStatistics> value,
                                                              String help) {
        return number(title, value, help, PriceFormat::dollars);
    }

    private static TableColumn<PriceStatistics, Number> share() {
        return number("≤ my max", PriceStatistics::shareAtOrBelow,
                "Share of the time the price was at or below my max price",
                v -> String.format(Locale.ROOT, "%.1f%%", v * 100));
    }

    private static TableColumn<PriceStatistics, Number> number(String title, ToDoubleFunction<PriceStatistics> value,
                                                               String help, Function<Double, String> format) {
        var column = new TableColumn<PriceStatistics, Number>();
        var header = new javafx.scene.control.Label(title);
        header.setTooltip(new Tooltip(help));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setComparator(Comparator.comparingDouble(n -> Double.isNaN(n.doubleValue())
                ? Double.MAX_VALUE : n.doubleValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || Double.isNaN(v.doubleValue()) ? (empty ? null : "—")
                        : format.apply(v.doubleValue()));
            }

            @Override
            protected void layoutChildren() {
                ColumnFit.widen(this);
                super.layoutChildren();
            }
        });
        column.setPrefWidth(title.length() > 5 ? 92 : 76);
        column.setMinWidth(64);
        column.getStyleClass().add("number-column");
        return column;
    }
}
