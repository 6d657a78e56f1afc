package org.spotspec.ui.events;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.spotspec.model.watch.AlertRulesModel;
import org.spotspec.model.watch.WatchModel;
import org.spotspec.ui.common.CheckLists;
import org.spotspec.ui.common.ContentSizedRows;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.watch.PriceAlertRule;

/** The Events tab's side panel: watching on or off, its interval and regions, notifications, price alert rules. */
public final class WatchPanelController {
    private final WatchModel watch;

    /** Unused here: the id names the panel for tests and the layout check. */
    @FXML private javafx.scene.control.ScrollPane watchPanel;
    @FXML private Label watchState;
    @FXML private CheckBox watchEnabled;
    @FXML private ComboBox<Integer> watchInterval;
    @FXML private TextField watchRegionFilter;
    @FXML private ListView<String> watchRegionList;
    @FXML private Label watchRegionSummary;
    @FXML private CheckBox desktopNotifications;
    @FXML private Label desktopNote;
    @FXML private ListView<PriceAlertRule> alertRuleList;
    @FXML private Button removeRuleButton;
    @FXML private TextField alertRuleField;
    @FXML private Button addRuleButton;
    @FXML private Label alertRuleError;
    @FXML private Label alertRuleHint;

    public WatchPanelController(WatchModel watch) {
        this.watch = watch;
    }

    @FXML
    private void initialize() {
        watchState.textProperty().bind(watch.stateProperty());
        watchEnabled.selectedProperty().bindBidirectional(watch.enabledProperty());
        watchInterval.getItems().setAll(WatchModel.INTERVALS);
        watchInterval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : seconds < 120 ? seconds + " s" : seconds / 60 + " min";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        watchInterval.valueProperty().bindBidirectional(watch.intervalSecondsProperty());
        watch.regions().offerRegions();
        CheckLists.bind(watchRegionList, watch.regions().chosen(), watchRegionFilter);
        watchRegionSummary.textProperty().bind(watch.regions().summaryProperty());
        bindDesktop();
        bindRules(watch.rules());
    }

    private void bindDesktop() {
        if (watch.desktopNotificationsAvailable()) {
            desktopNotifications.selectedProperty().bindBidirectional(watch.desktopNotificationsProperty());
        } else {
            // Shown off: none can be shown here. The choice itself stays saved for a desktop that has them.
            desktopNotifications.setSelected(false);
            desktopNotifications.setDisable(true);
        }
        desktopNote.setText(watch.desktopNotificationsAvailable()
                ? "Through " + watch.desktopTool() + ", for interruptions, state changes that matter and price alerts."
                : "This desktop offers none SpotSpec can use (on Linux it needs notify-send, package libnotify-bin).");
    }

    private void bindRules(AlertRulesModel rules) {
        alertRuleList.setItems(rules.rules());
        alertRuleList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        alertRuleList.setCellFactory(list -> new ListCell<>() {
            {
                ContentSizedRows.wrapping(this); // a long rule wraps; the list is .content-sized-rows
            }

            @Override
            protected void updateItem(PriceAlertRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rule.describe());
            }
        });
        removeRuleButton.disableProperty().bind(Bindings.isEmpty(alertRuleList.getSelectionModel().getSelectedItems()));
        alertRuleField.textProperty().bindBidirectional(rules.draftProperty());
        FieldBindings.error(alertRuleError, rules.errorProperty(), alertRuleField);
        alertRuleHint.setText(AlertRulesModel.FORM);
    }

    @FXML
    private void addRule() {
        if (!watch.rules().addDraft()) {
            alertRuleField.requestFocus(); // from Add: the text to correct, kept, takes the cursor
        }
    }

    @FXML
    private void removeRules() {
        watch.rules().remove(java.util.List.copyOf(alertRuleList.getSelectionModel().getSelectedItems()));
    }
}
