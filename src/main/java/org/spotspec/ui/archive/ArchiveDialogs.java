package org.spotspec.ui.archive;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.ui.common.AppIcons;
import org.spotspec.ui.common.RowHeights;

/**
 * The Archive tab's confirmations. The safe button is the default, so Enter never removes
 * anything; the action's button says what it does. No dry run: nothing here reaches AWS.
 */
final class ArchiveDialogs {
    private ArchiveDialogs() {
    }

    static boolean confirmRemove(Window owner, List<SeriesStatus> series, String location) {
        long rows = series.stream().mapToLong(SeriesStatus::rows).sum();
        var lines = series.stream().map(s -> s.key().region() + "  " + s.key().availabilityZone() + "  "
                + s.key().instanceType() + "  " + s.key().product() + String.format("  (%,d rows)", s.rows())).toList();
        var ids = new ListView<String>();
        ids.setId("removeSeriesList");
        ids.getItems().setAll(lines);
        RowHeights.show(ids, Math.min(8, Math.max(2, lines.size())));
        var text = new Label(String.format("Removes %,d stored prices from %s, and what the archive knows it has "
                + "covered for these types: their next fetch starts afresh from what AWS still has (90 days). "
                + "Older prices are gone for good.", rows, location));
        text.setWrapText(true);
        String action = series.size() == 1 ? "Remove 1 series" : "Remove " + series.size() + " series";
        return ask(owner, "Remove series", "Remove " + (series.size() == 1 ? "this series" : "these series")
                + " from the price archive?", new VBox(10, ids, text), action, "Don't remove");
    }

    static boolean confirmCompact(Window owner, String size) {
        var text = new Label("Gives the space of removed prices back to the disk. The archive is " + size
                + " now; compacting rewrites it and may take a while for a large one. Syncs and fetches wait "
                + "until it is done.");
        text.setWrapText(true);
        return ask(owner, "Compact archive", "Compact the price archive?", new VBox(10, text), "Compact", "Not now");
    }

    private static boolean ask(Window owner, String title, String header, VBox content, String action, String keep) {
        var dialog = new Alert(Alert.AlertType.CONFIRMATION);
        dialog.initOwner(owner);
        dialog.setTitle("SpotSpec — " + title);
        dialog.setHeaderText(header);
        var act = new ButtonType(action, ButtonBar.ButtonData.OTHER);
        var stay = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getButtonTypes().setAll(act, stay);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        var actButton = (Button) dialog.getDialogPane().lookupButton(act);
        actButton.setId("confirmAction");
        actButton.getStyleClass().add("danger");
        actButton.setDefaultButton(false);
        var keepButton = (Button) dialog.getDialogPane().lookupButton(stay);
        keepButton.setId("confirmKeep");
        keepButton.setDefaultButton(true);
        dialog.setResizable(true);
        dialog.setOnShown(e -> keepButton.requestFocus());
        AppIcons.apply(dialog.getDialogPane().getScene().getWindow());
        return dialog.showAndWait().filter(b -> b == act).isPresent();
    }
}
