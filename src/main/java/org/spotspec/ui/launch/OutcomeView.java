package org.spotspec.ui.launch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.spotspec.model.launch.LaunchModel;
import org.spotspec.model.launch.LaunchOutcome;

/** The Launch tab's result pane: the headline coloured by how it went, every kept answer, the buttons' state. */
final class OutcomeView {
    private OutcomeView() {
    }

    static void show(LaunchModel model, LaunchOutcome outcome, Label headline, TextArea details, Button copyIds,
                     Button clearResults) {
        headline.getStyleClass().removeAll("outcome-good", "outcome-bad");
        headline.setText(outcome == null ? "" : outcome.headline());
        details.setText(model.resultText());
        copyIds.setDisable(model.idsToCopy().isEmpty());
        clearResults.setDisable(outcome == null && model.results().isEmpty());
        if (outcome != null && outcome.kind() != LaunchOutcome.Kind.WORKING) {
            headline.getStyleClass().add(outcome.isGood() ? "outcome-good" : "outcome-bad");
        }
    }
}
