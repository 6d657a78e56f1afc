package org.spotspec.ui.requests;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.model.tables.RefreshInterval;
import org.spotspec.model.requests.RequestDetails;
import org.spotspec.model.requests.RequestsModel;
import org.spotspec.ui.common.ConfirmationDialog;
import org.spotspec.ui.common.LiveTableControls;
import org.spotspec.ui.common.OutcomeDialog;
import org.spotspec.ui.common.ProblemDialog;
import org.spotspec.ui.common.LiveTableBinding;
import org.spotspec.ui.common.RegionsMenu;

/** The Requests tab: the table with its tool bar, the status explained below it, and Cancel. */
public final class RequestsController {
    private final RequestsModel model;
    private final ZoneId zone;

    @FXML private TableView<SpotRequest> requestTable;
    @FXML private MenuButton requestRegionsButton;
    @FXML private TextField requestFilterText;
    @FXML private ComboBox<String> requestStateFilter;
    @FXML private ComboBox<RefreshInterval> requestIntervalBox;
    @FXML private Button requestRefreshButton;
    @FXML private ProgressIndicator requestLoadingIndicator;
    @FXML private Label requestRefreshedLabel;
    @FXML private Label requestProblemLabel;
    @FXML private Label requestEmptyLabel;
    @FXML private Label requestNotLoadedLabel;
    @FXML private Button cancelRequestsButton;
    @FXML private Label detailsHeadline;
    @FXML private Label detailsExplanation;
    @FXML private Label detailsMessage;

    public RequestsController(RequestsModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        var table = model.table();
        LiveTableControls.bind(new LiveTableControls.Bar(requestFilterText, requestStateFilter, requestIntervalBox, requestRefreshButton,
                requestLoadingIndicator, requestRefreshedLabel, requestProblemLabel), table, zone);
        LiveTableControls.placeholder(requestEmptyLabel, requestNotLoadedLabel, table);
        RegionsMenu.bind(requestRegionsButton, table.regions(), AwsRegions.commercial());
        RequestColumns.setUp(requestTable, zone);
        var sorted = new SortedList<>(table.rows());
        sorted.comparatorProperty().bind(requestTable.comparatorProperty());
        requestTable.setItems(sorted);
        LiveTableBinding.keep(requestTable, table, r -> r.region() + "/" + r.id());
        var selected = requestTable.getSelectionModel().getSelectedItems();
        cancelRequestsButton.disableProperty().bind(Bindings.isEmpty(selected).or(model.actingProperty()));
        requestTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetails(now));
        showDetails(null);
    }

    private void showDetails(SpotRequest r) {
        detailsHeadline.setText(r == null ? "Select a request to see what its status means and what to do next."
                : RequestDetails.headline(r));
        detailsExplanation.setText(r == null ? "" : RequestDetails.explanation(r));
        detailsMessage.setText(r == null ? "" : RequestDetails.awsMessage(r, zone));
    }

    @FXML
    private void cancelSelected() {
        var selected = List.copyOf(requestTable.getSelectionModel().getSelectedItems());
        var target = model.target();
        if (selected.isEmpty() || target.isEmpty()) {
            return;
        }
        var window = requestTable.getScene().getWindow();
        ConfirmationDialog.ask(window, CancelConfirmation.of(selected, target.get())).ifPresent(choice ->
                model.cancel(selected, choice.extraStep(), choice.dryRun(),
                        outcomes -> OutcomeDialog.create(window, "Cancel spot requests", outcomes, choice.dryRun()).show(),
                        problem -> ProblemDialog.create(window, problem).show()));
    }
}
