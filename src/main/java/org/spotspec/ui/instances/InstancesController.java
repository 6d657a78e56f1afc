package org.spotspec.ui.instances;

import java.time.ZoneId;
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
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.model.tables.RefreshInterval;
import org.spotspec.model.instances.InstancesModel;
import org.spotspec.model.instances.SshCommand;
import org.spotspec.model.instances.TerminateSelection;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.ConfirmationDialog;
import org.spotspec.ui.common.LiveTableControls;
import org.spotspec.ui.common.OutcomeDialog;
import org.spotspec.ui.common.ProblemDialog;
import org.spotspec.ui.common.LiveTableBinding;
import org.spotspec.ui.common.RegionsMenu;

/** The Instances tab: the table with its tool bar, Copy SSH command and Terminate. */
public final class InstancesController {
    private final InstancesModel model;
    private final ZoneId zone;

    @FXML private TableView<SpotInstance> instanceTable;
    @FXML private MenuButton instanceRegionsButton;
    @FXML private TextField instanceFilterText;
    @FXML private ComboBox<String> instanceStateFilter;
    @FXML private ComboBox<RefreshInterval> instanceIntervalBox;
    @FXML private Button instanceRefreshButton;
    @FXML private ProgressIndicator instanceLoadingIndicator;
    @FXML private Label instanceRefreshedLabel;
    @FXML private Label instanceProblemLabel;
    @FXML private Label instanceEmptyLabel;
    @FXML private Label instanceNotLoadedLabel;
    @FXML private Button sshButton;
    @FXML private Button terminateButton;
    @FXML private Label sshLabel;
    @FXML private Label terminateHint;

    public InstancesController(InstancesModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        var table = model.table();
        LiveTableControls.bind(new LiveTableControls.Bar(instanceFilterText, instanceStateFilter, instanceIntervalBox, instanceRefreshButton,
                instanceLoadingIndicator, instanceRefreshedLabel, instanceProblemLabel), table, zone);
        LiveTableControls.placeholder(instanceEmptyLabel, instanceNotLoadedLabel, table);
        RegionsMenu.bind(instanceRegionsButton, table.regions(), AwsRegions.commercial());
        InstanceColumns.setUp(instanceTable, zone);
        var sorted = new SortedList<>(table.rows());
        sorted.comparatorProperty().bind(instanceTable.comparatorProperty());
        instanceTable.setItems(sorted);
        LiveTableBinding.keep(instanceTable, table, i -> i.region() + "/" + i.id());
        var selected = instanceTable.getSelectionModel().getSelectedItems();
        var selection = Bindings.createObjectBinding(() -> TerminateSelection.of(selected), selected);
        terminateButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selection.get().isEmpty(),
                selection).or(model.actingProperty()));
        var hint = Bindings.createStringBinding(() -> selection.get().hint(), selection);
        FieldBindings.message(terminateHint, hint);
        terminateButton.accessibleHelpProperty().bind(hint);
        var focused = instanceTable.getSelectionModel().selectedItemProperty();
        sshButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> focused.get() == null || SshCommand.of(focused.get()).isEmpty(), focused));
    }

    @FXML
    private void copySsh() {
        var instance = instanceTable.getSelectionModel().getSelectedItem();
        if (instance == null) {
            return;
        }
        SshCommand.of(instance).ifPresent(command -> {
            var content = new ClipboardContent();
            content.putString(command);
            Clipboard.getSystemClipboard().setContent(content);
            sshLabel.setText("Copied: " + command + "  — the user depends on the AMI: ec2-user (Amazon Linux, "
                    + "RHEL, SUSE), ubuntu (Ubuntu), admin (Debian).");
        });
    }

    @FXML
    private void terminateSelected() {
        var selection = TerminateSelection.of(instanceTable.getSelectionModel().getSelectedItems());
        var target = model.target();
        if (selection.isEmpty() || target.isEmpty()) {
            return;
        }
        var window = instanceTable.getScene().getWindow();
        ConfirmationDialog.ask(window, TerminateConfirmation.of(selection, target.get())).ifPresent(choice ->
                model.terminate(selection.terminable(), choice.dryRun(),
                        outcomes -> OutcomeDialog.create(window, "Terminate instances", outcomes, choice.dryRun()).show(),
                        problem -> ProblemDialog.create(window, problem).show()));
    }
}
