package org.spotspec.ui.main;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.aws.AwsRegions;
import org.spotspec.model.session.RegionSwitch;
import org.spotspec.ui.common.AppIcons;

/**
 * The region chooser of the main window (status bar's region, Account → Switch region…): a search
 * field over the region list. Typing filters, Up/Down move through the list, Enter picks, Escape
 * cancels. The session stays signed in; only its region changes.
 */
final class RegionDialog {
    private RegionDialog() {
    }

    /** Asks for a region and switches the session to it; nothing when there is no session to switch. */
    static void switchRegion(Window owner, RegionSwitch regions) {
        if (regions.canSwitch()) {
            create(owner, regions).showAndWait().ifPresent(regions::switchTo);
        }
    }

    /** {@code label} (the status bar's region) opens the chooser on a click, Enter or Space. */
    static void openFrom(Label label, RegionSwitch regions) {
        label.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                switchRegion(label.getScene().getWindow(), regions);
            }
        });
        label.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                switchRegion(label.getScene().getWindow(), regions);
            }
        });
    }

    static Dialog<String> create(Window owner, RegionSwitch regions) {
        var dialog = new Dialog<String>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        var current = regions.currentRegion();
        dialog.setTitle("SpotSpec — Switch region");
        dialog.setHeaderText("Switch region (now " + current + ")");
        var pick = new ButtonType("Switch", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(pick, ButtonType.CANCEL);

        var filter = new TextField();
        filter.setId("regionChooserFilter");
        filter.setPromptText("Search: id or name, e.g. frankfurt");
        filter.getStyleClass().add("keeps-prompt"); // it has the focus at once: say what to type
        filter.setAccessibleText("Search regions");
        var list = new ListView<AwsRegions.Choice>();
        list.setId("regionChooserList");
        list.setAccessibleText("Regions");
        list.setPrefHeight(300);
        list.setPrefWidth(380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AwsRegions.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.label());
            }
        });
        show(list, regions, "", current);
        filter.textProperty().addListener((obs, old, text) -> show(list, regions, text, current));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> moveSelection(list, e));
        var okButton = (Button) dialog.getDialogPane().lookupButton(pick);
        okButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Not the default button: a dialog gives its default button the focus as it shows, and the
        // keyboard belongs in the search field. Enter there, or in the list, picks instead.
        okButton.setDefaultButton(false);
        filter.setOnAction(e -> okButton.fire());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                okButton.fire();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                okButton.fire();
            }
        });
        var note = new Label("You stay signed in: the same credentials and session, in another region.");
        note.setWrapText(true);
        note.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(8, note, filter, list));
        dialog.setResultConverter(button -> button == pick
                ? Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(AwsRegions.Choice::id).orElse(null)
                : null);
        // The scene gives its first button the focus when the window first gets it, after onShown.
        var window = dialog.getDialogPane().getScene().getWindow();
        window.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !list.isFocused()) {
                filter.requestFocus();
            }
        });
        dialog.setOnShown(e -> filter.requestFocus());
        AppIcons.apply(window);
        return dialog;
    }

    /** The matching regions, the current one selected while it matches, else the first. */
    private static void show(ListView<AwsRegions.Choice> list, RegionSwitch regions, String query, String current) {
        var matching = regions.matching(query);
        list.getItems().setAll(matching);
        var index = 0;
        for (int i = 0; i < matching.size(); i++) {
            if (matching.get(i).id().equals(current)) {
                index = i;
            }
        }
        if (!matching.isEmpty()) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    /** Up and Down in the search field move through the list, so the keyboard never leaves the field. */
    private static void moveSelection(ListView<AwsRegions.Choice> list, KeyEvent e) {
        var model = list.getSelectionModel();
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> model.select(Math.min(size - 1, model.getSelectedIndex() + 1));
            case UP -> model.select(Math.max(0, model.getSelectedIndex() - 1));
            default -> {
                return;
            }
        }
        list.scrollTo(model.getSelectedIndex());
        e.consume();
    }
}
