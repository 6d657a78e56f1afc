package org.spotspec.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.spotspec.aws.IdOutcome;
import org.spotspec.model.tables.Outcomes;

/** What a cancel or terminate did, id by id: a bad id shows as such next to the ones that worked. */
public final class OutcomeDialog {
    private OutcomeDialog() {
    }

    public static Alert create(Window owner, String title, List<IdOutcome> outcomes, boolean dryRun) {
        var ok = Outcomes.allSucceeded(outcomes);
        var alert = new Alert(ok ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("SpotSpec — " + title);
        alert.setHeaderText((dryRun ? "Dry run, nothing was changed. " : "") + Outcomes.summary(outcomes));
        var table = new TableView<IdOutcome>();
        table.setId("outcomeTable");
        var outcome = Columns.state("Outcome", (IdOutcome o) -> o.status().label());
        outcome.setPrefWidth(115);
        table.getColumns().setAll(List.of(Columns.text("Step", (IdOutcome o) -> o.step().label(), 150),
                Columns.id("Id", IdOutcome::id), outcome, Columns.text("State", IdOutcome::state, 200),
                Columns.text("Details", IdOutcome::detail, 250)));
        table.getItems().setAll(outcomes);
        // Unconstrained, as the feature tables: a constrained policy spread the width over every
        // column before the ids had been measured, then the widened id column pushed Details out.
        // Every row in view, up to a dozen; wide enough for ids and state changes.
        table.setPrefWidth(900);
        RowHeights.show(table, Math.min(12, outcomes.size()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(940);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
