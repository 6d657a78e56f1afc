package org.spotspec.ui.sso;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.model.sso.SsoLoginModel;
import org.spotspec.ui.common.AppIcons;

/**
 * The device-code dialog: the code to confirm (large, selectable, with Copy), the page (a link
 * that opens it again), what is happening, and "share this login with the AWS CLI". It stays
 * open while SpotSpec waits for the approval and closes itself when the login is done; Cancel or
 * Escape stops the waiting.
 */
final class SsoLoginDialog implements SsoDialog {
    private final SsoLoginModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean closingItself;

    SsoLoginDialog(SsoLoginModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("SpotSpec — IAM Identity Center sign-in");
        dialog.setHeaderText("Sign in to " + model.startUrlProperty().get());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.getDialogPane().setId("ssoLoginDialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(680); // the content's own width is not the dialog's
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (!closingItself) {
                model.cancel(); // Cancel, Escape or the window's close box
            }
        });
        dialog.getDialogPane().getScene().getWindow().setOnShown(e -> AppIcons.apply(dialog.getDialogPane()
                .getScene().getWindow()));
    }

    private VBox content() {
        var status = new Label();
        status.setId("ssoStatus");
        status.setWrapText(true);
        status.setPrefWidth(540);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        var code = new TextField();
        code.setId("ssoUserCode");
        code.setEditable(false);
        code.setPrefColumnCount(11);
        // Large and unambiguous: the user compares it with the browser's. (A dialog has no app stylesheet.)
        code.setStyle("-fx-font-family: monospace; -fx-font-size: 1.35em; -fx-font-weight: bold;");
        code.setAccessibleText("Sign-in code to confirm in the browser");
        code.textProperty().bind(model.userCodeProperty());
        var copy = new Button("_Copy code");
        copy.setId("ssoCopyCode");
        copy.setOnAction(e -> copy(model.userCodeProperty().get()));
        var page = new Hyperlink();
        page.setId("ssoPage");
        page.setWrapText(true);
        page.textProperty().bind(model.pageWithCodeProperty());
        page.setOnAction(e -> {
            page.setVisited(false);
            model.openBrowser();
        });
        var open = new Button("_Open the page again");
        open.setId("ssoOpenBrowser");
        open.setOnAction(e -> model.openBrowser());
        var elsewhere = new Label();
        elsewhere.setId("ssoElsewhere");
        elsewhere.setWrapText(true);
        elsewhere.textProperty().bind(model.pageProperty().map(p -> "On another device: open " + p
                + " and type the code."));
        elsewhere.setMinHeight(Region.USE_PREF_SIZE);
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fixed(new Label("Code")), new HBox(8, code, copy));
        grid.addRow(1, fixed(new Label("Page")), new HBox(8, page, open));
        grid.add(elsewhere, 1, 2);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), growing());
        // Its room is kept from the start, so the dialog opens at its full size (no resize when AWS answers).
        grid.visibleProperty().bind(model.codeShownProperty());
        open.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        var share = new CheckBox("_Share this login with the AWS CLI (writes ~/.aws/sso/cache, owner-only)");
        share.setId("ssoShare");
        share.setWrapText(true);
        share.selectedProperty().bindBidirectional(model.shareProperty());
        var waiting = new ProgressIndicator();
        waiting.setPrefSize(22, 22);
        waiting.setAccessibleText("Waiting for the approval");
        var box = new VBox(14, new HBox(10, waiting, status), grid, share);
        box.setPrefWidth(620);
        return box;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints growing() {
        var column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static void copy(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void show() {
        dialog.show();
    }

    @Override
    public void closeItself() {
        closingItself = true;
        dialog.close();
    }
}
