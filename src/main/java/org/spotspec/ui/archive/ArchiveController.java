package org.spotspec.ui.archive;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.model.archive.ArchiveModel;
import org.spotspec.model.archive.SyncModel;
import org.spotspec.ui.common.CheckLists;
import org.spotspec.ui.common.FieldBindings;

/**
 * The Archive tab: the tracked series and their sync on the left; where the archive is, its
 * series, Remove, Compact and Refresh on the right. The model reads the archive when the tab shows.
 */
public final class ArchiveController {
    private final ArchiveModel archive;
    private final SyncModel sync;
    private final java.time.ZoneId zone;

    @FXML private Region archiveRoot;
    @FXML private TextField trackedTypeFilter;
    @FXML private ListView<String> trackedTypeList;
    @FXML private Label trackedTypeSummary;
    @FXML private ListView<String> trackedProductList;
    @FXML private TextField trackedRegionFilter;
    @FXML private ListView<String> trackedRegionList;
    @FXML private Label trackedRegionSummary;
    @FXML private ComboBox<Integer> intervalBox;
    @FXML private Button syncButton;
    @FXML private ProgressIndicator syncProgress;
    @FXML private Label syncState;
    @FXML private Label regionOutcomes;
    @FXML private TextField urlField;
    @FXML private Button applyButton;
    @FXML private Label urlError;
    @FXML private Label urlNote;
    @FXML private Label locationLabel;
    @FXML private Label sizeLabel;
    @FXML private ProgressIndicator archiveBusy;
    @FXML private Button removeButton;
    @FXML private Button compactButton;
    @FXML private Button archiveRefreshButton;
    @FXML private Label archiveMessage;
    @FXML private TableView<SeriesStatus> seriesTable;

    public ArchiveController(ArchiveModel archive, SyncModel sync, java.time.ZoneId zone) {
        this.archive = archive;
        this.sync = sync;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        bindTracked();
        bindLocation();
        SeriesTable.setUp(seriesTable, archive.rows(), zone);
        seriesTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        var busy = archive.busyProperty();
        archiveBusy.visibleProperty().bind(busy);
        removeButton.disableProperty().bind(busy.or(Bindings.isEmpty(seriesTable.getSelectionModel().getSelectedItems())));
        compactButton.disableProperty().bind(busy);
        archiveRefreshButton.disableProperty().bind(busy);
        FieldBindings.message(archiveMessage, archive.messageProperty());
        locationLabel.textProperty().bind(archive.locationProperty());
        sizeLabel.textProperty().bind(archive.sizeProperty());
    }

    private void bindTracked() {
        CheckLists.bind(trackedTypeList, sync.types(), trackedTypeFilter);
        CheckLists.bind(trackedProductList, sync.products(), null);
        CheckLists.bind(trackedRegionList, sync.regions(), trackedRegionFilter);
        trackedTypeSummary.textProperty().bind(sync.types().summaryProperty());
        trackedRegionSummary.textProperty().bind(sync.regions().summaryProperty());
        intervalBox.getItems().setAll(SyncModel.INTERVALS);
        intervalBox.setConverter(new IntervalConverter());
        intervalBox.valueProperty().bindBidirectional(sync.intervalMinutesProperty());
        syncButton.disableProperty().bind(sync.syncingProperty());
        syncProgress.visibleProperty().bind(sync.syncingProperty());
        syncState.textProperty().bind(sync.stateProperty());
        // A label, not a list: every region's whole line wraps in view, however narrow the pane.
        FieldBindings.message(regionOutcomes, Bindings.createStringBinding(
                () -> String.join("\n", sync.regionOutcomes()), sync.regionOutcomes()));
    }

    private void bindLocation() {
        urlField.textProperty().bindBidirectional(archive.urlTextProperty());
        FieldBindings.error(urlError, archive.urlErrorProperty(), urlField);
        boolean editable = archive.urlEditable();
        urlField.setEditable(editable);
        applyButton.setDisable(!editable);
        if (editable) {
            applyButton.disableProperty().bind(archive.busyProperty().or(archive.urlErrorProperty().isNotEmpty()));
        }
        urlNote.setText(editable ? "Applied in the background; a password, if the server needs one, is asked "
                + "for once and never saved." : "Set by SPOTSPEC_ARCHIVE_URL, which wins over this field: "
                + "unset it to choose here.");
    }

    @FXML
    private void syncNow() {
        sync.syncNow();
    }

    @FXML
    private void apply() {
        archive.apply(new PasswordDialog(() -> archiveRoot.getScene().getWindow()));
        if (!archive.urlErrorProperty().get().isEmpty()) {
            urlField.requestFocus(); // refused, nothing opened: the URL to correct takes the cursor
        }
    }

    @FXML
    private void remove() {
        var chosen = java.util.List.copyOf(seriesTable.getSelectionModel().getSelectedItems());
        if (ArchiveDialogs.confirmRemove(archiveRoot.getScene().getWindow(), chosen, archive.locationProperty().get())) {
            archive.remove(chosen.stream().map(SeriesStatus::key).toList());
        }
    }

    @FXML
    private void compact() {
        if (ArchiveDialogs.confirmCompact(archiveRoot.getScene().getWindow(), archive.sizeProperty().get())) {
            archive.compact();
        }
    }

    @FXML
    private void refresh() {
        archive.refresh();
    }
}
