package org.spotspec.ui.prices;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.spotspec.model.prices.PricesModel;
import org.spotspec.model.prices.ScoresModel;
import org.spotspec.prices.PriceRange;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.ui.common.CheckLists;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.prices.chart.PriceChart;

/** The Prices tab: the query on the left, the chart and the statistics table on the right. */
public final class PricesController {
    private static final javafx.css.PseudoClass OFFLINE = javafx.css.PseudoClass.getPseudoClass("offline");
    private final PricesModel model;
    private final PriceExports exports;
    private final ZoneId zone;
    private final PriceChart chart;

    @FXML private TextField typeFilter;
    @FXML private ListView<String> typeList;
    @FXML private Label typeSummary;
    @FXML private Label typesNote;
    @FXML private ListView<String> productList;
    @FXML private TextField regionFilter;
    @FXML private ListView<String> regionList;
    @FXML private Label regionSummary;
    @FXML private ListView<String> zoneList;
    @FXML private ComboBox<PriceRange> rangeBox;
    @FXML private GridPane customPane;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TextField maxPrice;
    @FXML private Label maxPriceError;
    @FXML private Label queryError;
    @FXML private Button fetchButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator fetchProgress;
    @FXML private Label progressLabel;
    @FXML private Label failuresLabel;
    @FXML private Label archiveNote;
    @FXML private Label customError;
    @FXML private StackPane chartHolder;
    @FXML private FlowPane legend;
    @FXML private TableView<PriceStatistics> statsTable;
    @FXML private Button savePngButton;
    @FXML private Button exportCsvButton;
    @FXML private Label savedLabel;
    private final ScoresModel scores;

    public PricesController(PricesModel model, ScoresModel scores, PriceExports exports, ZoneId zone) {
        this.model = model;
        this.scores = scores;
        this.exports = exports;
        this.zone = zone;
        this.chart = new PriceChart(zone);
    }

    @FXML
    private void initialize() {
        bindQuery();
        var busy = model.fetchingProperty();
        fetchButton.disableProperty().bind(busy);
        cancelButton.disableProperty().bind(busy.not());
        fetchProgress.visibleProperty().bind(busy);
        progressLabel.textProperty().bind(model.progressProperty());
        FieldBindings.message(failuresLabel, model.failuresProperty());
        FieldBindings.message(archiveNote, model.archive().noteProperty());
        model.archive().offlineProperty().subscribe(offline -> archiveNote.pseudoClassStateChanged(OFFLINE, offline));
        chart.setId("priceChart");
        chartHolder.getChildren().add(chart);
        chart.historyProperty().bind(model.historyProperty());
        chart.maxPriceProperty().bind(model.maxPriceProperty());
        chart.gapsProperty().bind(model.archive().gapsProperty());
        Legend.showWholeRows(legend);
        model.historyProperty().addListener((obs, old, now) -> Legend.fill(legend, chart));
        StatisticsTable.setUp(statsTable, model.statistics());
        ScoreColumn.addTo(statsTable, scores);
        var noData = model.historyProperty().isNull();
        savePngButton.disableProperty().bind(noData);
        exportCsvButton.disableProperty().bind(Bindings.isEmpty(model.statistics()));
        FieldBindings.message(savedLabel, exports.savedProperty());
    }

    private void bindQuery() {
        CheckLists.bind(typeList, model.instanceTypes(), typeFilter);
        CheckLists.bind(productList, model.products(), null);
        CheckLists.bind(regionList, model.regions(), regionFilter);
        ZoneList.bind(zoneList, model);
        typeSummary.textProperty().bind(model.instanceTypes().summaryProperty());
        regionSummary.textProperty().bind(model.regions().summaryProperty());
        typesNote.textProperty().bind(model.typesNoteProperty());
        rangeBox.getItems().setAll(PriceRange.values());
        rangeBox.valueProperty().bindBidirectional(model.rangeProperty());
        FieldBindings.showWhen(customPane, model.rangeProperty().isEqualTo(PriceRange.CUSTOM));
        fromDate.valueProperty().addListener((obs, old, day) -> model.customFromProperty().set(startOf(day)));
        toDate.valueProperty().addListener((obs, old, day) -> model.customToProperty().set(
                day == null ? null : startOf(day.plusDays(1))));
        FieldBindings.field(maxPrice, model.maxPriceTextProperty(), maxPriceError, model.maxPriceErrorProperty());
        FieldBindings.message(queryError, model.queryErrorProperty());
        FieldBindings.message(customError, model.customRangeErrorProperty());
    }

    private java.time.Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    @FXML
    private void fetch() {
        if (!model.fetch()) {
            QueryToCorrect.focus(model, typeList, productList, regionList, maxPrice);
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void resetZoom() {
        chart.resetView();
    }

    @FXML
    private void savePng() {
        exports.savePng(chart);
    }

    @FXML
    private void exportCsv() {
        exports.saveCsv(statsTable.getScene().getWindow(), model.statistics());
    }
}
