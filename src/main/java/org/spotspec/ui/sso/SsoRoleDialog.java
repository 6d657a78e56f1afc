package org.spotspec.ui.sso;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.aws.SsoPortal;
import org.spotspec.model.sso.SsoRoleChooserModel;
import org.spotspec.ui.common.AppIcons;

/**
 * The account and role chooser: a filter over the accounts (name, id, e-mail), the accounts, the
 * chosen account's roles, and "remember". Typing filters, Down moves into the list, Enter or a
 * double click on a role signs in, Escape cancels.
 */
final class SsoRoleDialog implements SsoDialog {
    private final SsoRoleChooserModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType signIn = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);
    private boolean closingItself;

    SsoRoleDialog(SsoRoleChooserModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("SpotSpec — Choose account and role");
        dialog.headerTextProperty().bind(model.titleProperty());
        dialog.getDialogPane().setId("ssoRoleDialog");
        dialog.getDialogPane().getButtonTypes().setAll(signIn, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(780); // the content's own width is not the dialog's
        dialog.setResizable(true);
        var ok = dialog.getDialogPane().lookupButton(signIn);
        ok.setId("ssoChoose");
        ok.disableProperty().bind(model.canChooseProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            closingItself = true; // the model says what comes next: the sign-in goes on
            model.choose();
        });
        dialog.setOnHidden(e -> {
            if (!closingItself) {
                model.cancel();
            }
        });
        dialog.getDialogPane().getScene().getWindow().setOnShown(e -> AppIcons.apply(dialog.getDialogPane()
                .getScene().getWindow()));
    }

    private VBox content() {
        var filter = new TextField();
        filter.setId("ssoAccountFilter");
        filter.setPromptText("Filter accounts by name, id or e-mail");
        filter.getStyleClass().add("keeps-prompt"); // it has the focus at once: say what to type
        filter.textProperty().bindBidirectional(model.filterProperty());
        var accounts = new ListView<>(model.accounts());
        accounts.setId("ssoAccounts");
        accounts.setAccessibleText("Accounts");
        accounts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SsoPortal.Account item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : SsoRoleChooserModel.listLabel(item));
            }
        });
        accounts.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.accountProperty().set(chosen);
            }
        });
        model.accountProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != accounts.getSelectionModel().getSelectedItem()) {
                accounts.getSelectionModel().select(chosen);
                accounts.scrollTo(chosen);
            }
        });
        var roles = new ListView<>(model.roles());
        roles.setId("ssoRoles");
        roles.setAccessibleText("Roles in the chosen account");
        roles.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.roleProperty().set(chosen);
            }
        });
        model.roleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(roles.getSelectionModel().getSelectedItem())) {
                roles.getSelectionModel().select(chosen);
            }
        });
        roles.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                choose();
            }
        });
        // A list keeps Enter to itself: here it signs in, as the default button would.
        for (var list : java.util.List.of(accounts, roles)) {
            list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && model.canChooseProperty().get()) {
                    e.consume();
                    choose();
                }
            });
        }
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                accounts.requestFocus();
                if (accounts.getSelectionModel().isEmpty() && !accounts.getItems().isEmpty()) {
                    accounts.getSelectionModel().selectFirst();
                }
            }
        });
        var remember = new CheckBox("_Remember this choice for the profile");
        remember.setId("ssoRemember");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        var status = new Label();
        status.setId("ssoChooserStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        var busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        busy.setAccessibleText("Loading");
        var accountsBox = new VBox(6, new Label("Account"), filter, accounts);
        var rolesBox = new VBox(6, new Label("Role"), roles);
        HBox.setHgrow(accountsBox, Priority.ALWAYS);
        HBox.setHgrow(rolesBox, Priority.ALWAYS);
        accounts.setPrefSize(460, 280);
        roles.setPrefSize(240, 280);
        dialog.setOnShown(e -> filter.requestFocus());
        var box = new VBox(10, new HBox(12, accountsBox, rolesBox), new HBox(8, busy, status), remember);
        box.setPrefWidth(720);
        return box;
    }

    private void choose() {
        if (model.canChooseProperty().get()) {
            closingItself = true;
            model.choose();
        }
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
