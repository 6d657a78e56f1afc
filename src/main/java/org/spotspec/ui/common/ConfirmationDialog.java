package org.spotspec.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.model.tables.ActionTarget;

/**
 * The guard before a destructive action: the exact ids, the region and account they are in, what
 * the action will and will not do, and a dry-run option. The safe button is the default, so
 * Enter never destroys anything; the action's button turns into "Validate (dry run)" while dry
 * run is ticked, and names the extra step while that is ticked, so its label always says what a
 * click does.
 */
public final class ConfirmationDialog {

    /** What the user confirmed: the optional extra step, and whether only to validate. */
    public record Choice(boolean extraStep, boolean dryRun) {
    }

    /**
     * @param lines       one line per id, each starting with the id
     * @param actionLabel the destructive button, e.g. "Cancel 2 requests"
     * @param keepLabel   the safe button, e.g. "Don't cancel"
     * @param extraStep   the label of an optional extra step (a check box, off), or null for none
     * @param extraAction the destructive button while the extra step is ticked, e.g. "Cancel 2
     *                    requests, then terminate"; null without an extra step
     * @param byRegion    the ids grouped by region ("us-east-1: sir-a, sir-b; eu-west-1: sir-c")
     *                    when they lie in several regions; "" otherwise
     */
    public record Request(String title, String header, List<String> lines, ActionTarget target, String warning,
                          String actionLabel, String keepLabel, String extraStep, String extraAction,
                          String byRegion) {
        public Request(String title, String header, List<String> lines, ActionTarget target, String warning,
                       String actionLabel, String keepLabel, String extraStep, String extraAction) {
            this(title, header, lines, target, warning, actionLabel, keepLabel, extraStep, extraAction, "");
        }
    }

    public static final String DRY_RUN_LABEL = "Validate (dry run)";

    private ConfirmationDialog() {
    }

    /** Shows the confirmation and waits; empty when the user kept things as they are. */
    public static Optional<Choice> ask(Window owner, Request request) {
        return build(owner, request).showAndWait();
    }

    static Dialog<Choice> build(Window owner, Request r) {
        var dialog = new Dialog<Choice>();
        dialog.initOwner(owner);
        dialog.setTitle("SpotSpec — " + r.title());
        dialog.setHeaderText(r.header());
        var act = new ButtonType(r.actionLabel(), ButtonBar.ButtonData.OTHER);
        var keep = new ButtonType(r.keepLabel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(act, keep);

        var target = new Label((r.target().severalRegions() ? "Regions " : "Region ") + r.target().region()
                + " · account " + r.target().account() + "\n" + r.target().arn());
        target.setId("confirmTarget");
        // Each region gets its own call: saying which ids go where is part of what is confirmed.
        var byRegion = new Label(r.byRegion() == null ? "" : r.byRegion());
        byRegion.setId("confirmByRegion");
        byRegion.setWrapText(true);
        FieldBindings.showWhen(byRegion, Bindings.createBooleanBinding(() -> !byRegion.getText().isEmpty()));
        var ids = new ListView<String>();
        ids.getItems().setAll(r.lines());
        ids.setId("confirmIds");
        RowHeights.show(ids, Math.min(8, Math.max(2, r.lines().size())));
        var warning = new Label(r.warning());
        warning.setId("confirmWarning");
        warning.setWrapText(true);
        var extra = new CheckBox(r.extraStep() == null ? "" : r.extraStep());
        extra.setId("confirmExtraStep");
        extra.setWrapText(true);
        FieldBindings.showWhen(extra, Bindings.createBooleanBinding(() -> r.extraStep() != null));
        var dryRun = new CheckBox("Dry run: only ask AWS whether this would be allowed; change nothing");
        dryRun.setId("confirmDryRun");
        var content = new VBox(10, target, byRegion, ids, warning, extra, dryRun);
        content.setPrefWidth(740);
        dialog.getDialogPane().setContent(content);
        // Wide enough for an id line and the longest button text, which changes with the boxes.
        dialog.getDialogPane().setPrefWidth(780);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);

        var actButton = (Button) dialog.getDialogPane().lookupButton(act);
        actButton.setId("confirmAction");
        actButton.getStyleClass().add("danger");
        actButton.setDefaultButton(false);
        actButton.setMinWidth(Region.USE_PREF_SIZE);
        // A button bar sizes its buttons alike, from the texts at show time: this one's text grows.
        ButtonBar.setButtonUniformSize(actButton, false);
        actButton.textProperty().bind(Bindings.when(dryRun.selectedProperty()).then(DRY_RUN_LABEL)
                .otherwise(Bindings.when(extra.selectedProperty()).then(String.valueOf(r.extraAction()))
                        .otherwise(r.actionLabel())));
        var keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId("confirmKeep");
        keepButton.setDefaultButton(true);
        dialog.setResultConverter(b -> b == act ? new Choice(extra.isSelected(), dryRun.isSelected()) : null);
        dialog.setResizable(true);
        dialog.setOnShown(e -> keepButton.requestFocus());
        AppIcons.apply(dialog.getDialogPane().getScene().getWindow());
        return dialog;
    }
}
