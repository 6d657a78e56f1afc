package org.spotspec.ui.archive;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.pricedata.ArchiveOpener;
import org.spotspec.ui.common.AppIcons;

/**
 * Asks for a team archive's password when neither PGPASSWORD nor ~/.pgpass has it. Called by
 * the opening task on its worker thread: the dialog shows on the FX thread while the task waits.
 * The password goes to the connection and is wiped; it is never kept, saved or logged.
 */
final class PasswordDialog implements ArchiveOpener.PasswordPrompt {
    private final Supplier<Window> owner;

    PasswordDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(String location) {
        if (Platform.isFxApplicationThread()) {
            return show(location);
        }
        var answer = new CompletableFuture<Optional<char[]>>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(location));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    private Optional<char[]> show(String location) {
        var dialog = new Dialog<char[]>();
        var window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle("SpotSpec — Archive password");
        dialog.setHeaderText("Password for the price archive");
        var connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        var field = new PasswordField();
        field.setId("archivePassword");
        field.setAccessibleText("Password");
        var where = new Label(location);
        where.setWrapText(true);
        var hint = new Label("Used for this connection only, never saved. To skip this question, set PGPASSWORD "
                + "or add the server to ~/.pgpass.");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(8, where, field, hint));
        dialog.setResultConverter(b -> b == connect ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        AppIcons.apply(dialog.getDialogPane().getScene().getWindow());
        var result = dialog.showAndWait();
        field.clear();
        return result.filter(p -> p.length > 0);
    }
}
