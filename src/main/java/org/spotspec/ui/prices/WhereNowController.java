package org.spotspec.ui.prices;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.spotspec.aws.capacity.WhereNow;
import org.spotspec.model.prices.ScoresModel;
import org.spotspec.prices.PriceFormat;
import org.spotspec.scores.ScoreSample;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.ui.common.ColumnFit;

/**
 * The Prices tab's "Where now": places ranked by placement score and price (sortable; the rule in
 * one line above), and the scores of the configuration last asked over the past week, from the archive.
 */
public final class WhereNowController {
    /** How far back the chart of scores reaches. */
    static final Duration HISTORY = Duration.ofDays(7);

    private final ScoresModel model;
    private final TaskRunner tasks;
    private final java.time.Clock clock;

    @FXML private Label rankingRule, historyTitle;
    @FXML private TableView<WhereNow.Place> rankingTable;
    @FXML private LineChart<Number, Number> scoreHistory;
    @FXML private javafx.scene.control.ComboBox<String> historyChoice;

    public WhereNowController(ScoresModel model, TaskRunner tasks, java.time.Clock clock) {
        this.model = model;
        this.tasks = tasks;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        rankingRule.setText(WhereNow.EXPLANATION);
        var sorted = new SortedList<>(model.ranking());
        sorted.comparatorProperty().bind(rankingTable.comparatorProperty());
        rankingTable.setItems(sorted);
        rankingTable.getColumns().setAll(List.of(
                number("Rank", WhereNow.Place::rank, 52),
                text("Region", WhereNow.Place::region, 100),
                text("Zone", p -> p.zone().isEmpty() ? "(whole region)" : p.zone(), 110),
                number("Score", WhereNow.Place::score, 60),
                price("Latest", WhereNow.Place::latest),
                price("p95", WhereNow.Place::p95)));
        rankingTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnFit.titles(rankingTable);
        scoreHistory.setAccessibleText("Placement scores over the past week");
        historyChoice.setAccessibleText("Configuration whose scores are charted");
        historyChoice.setPromptText("No scores kept yet");
        historyChoice.valueProperty().addListener((obs, old, chosen) -> loadHistory(chosen));
        // A new answer is kept first, then listed and charted.
        model.scores().addListener((ListChangeListener<Object>) c -> loadConfigurations(model.configurationProperty()
                .get()));
        historyTitle.setText("Scores over the past week, kept in the archive (the app's and spotspec scores'):");
        loadConfigurations(null);
    }

    /** Lists the configurations kept and charts {@code wanted} (else the most recently asked). */
    private void loadConfigurations(String wanted) {
        tasks.task("Read placement score configurations", model::storedConfigurations)
                .onSuccess(kept -> {
                    historyChoice.getItems().setAll(kept);
                    var pick = wanted != null && kept.contains(wanted) ? wanted : kept.isEmpty() ? null : kept.get(0);
                    if (pick != null && pick.equals(historyChoice.getValue())) {
                        loadHistory(pick); // the same configuration asked again: new points
                    } else {
                        historyChoice.setValue(pick);
                    }
                })
                .onFailure(failure -> historyTitle.setText("The kept scores could not be read: "
                        + failure.getClass().getSimpleName()))
                .start();
    }

    /** Reads {@code chosen}'s scores in the background and draws one line per place. */
    private void loadHistory(String chosen) {
        if (chosen == null) {
            scoreHistory.getData().clear();
            return;
        }
        var now = clock.instant();
        tasks.task("Read placement score history", () -> model.history(chosen, now.minus(HISTORY)))
                .onSuccess(samples -> scoreHistory.getData().setAll(ScoreHistorySeries.of(samples, now)))
                .onFailure(failure -> historyTitle.setText("The score history could not be read: "
                        + failure.getClass().getSimpleName()))
                .start();
    }

    private static TableColumn<WhereNow.Place, String> text(String title, Function<WhereNow.Place, String> value,
                                                           double width) {
        var column = new TableColumn<WhereNow.Place, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> ColumnFit.textCell());
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<WhereNow.Place, Integer> number(String title, Function<WhereNow.Place, Integer> value,
                                                               double width) {
        var column = new TableColumn<WhereNow.Place, Integer>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<WhereNow.Place, Double> price(String title, Function<WhereNow.Place, Double> value) {
        var column = new TableColumn<WhereNow.Place, Double>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : PriceFormat.dollars(item));
            }
        });
        column.setPrefWidth(96);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
