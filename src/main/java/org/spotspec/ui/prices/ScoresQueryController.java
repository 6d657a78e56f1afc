package org.spotspec.ui.prices;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.spotspec.aws.capacity.CapacityUnit;
import org.spotspec.model.prices.ScoresModel;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.FirstToCorrect;
import org.spotspec.ui.common.Scrolling;

/** The Prices tab's placement score query: capacity, unit, per zone, and Get scores. */
public final class ScoresQueryController {
    private final ScoresModel model;

    @FXML private javafx.scene.layout.VBox scoresRoot;
    @FXML private TextField scoreCapacity;
    @FXML private ComboBox<CapacityUnit> scoreUnit;
    @FXML private CheckBox scorePerZone, scoreByRequirements;
    @FXML private javafx.scene.layout.GridPane scoreRequirements;
    @FXML private TextField scoreVcpus, scoreMemory;
    @FXML private Label scoreVcpusError, scoreMemoryError;
    @FXML private Button scoreButton;
    @FXML private ProgressIndicator scoreProgress;
    @FXML private Label scoreCapacityError, scoreAdvice, scoreStatus;

    public ScoresQueryController(ScoresModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FieldBindings.field(scoreCapacity, model.capacityTextProperty(), scoreCapacityError,
                model.capacityErrorProperty());
        scoreCapacity.setAccessibleText("Target capacity");
        scoreCapacity.setOnAction(e -> askScores());
        scoreUnit.getItems().setAll(CapacityUnit.values());
        scoreUnit.setConverter(new StringConverter<>() {
            @Override
            public String toString(CapacityUnit unit) {
                return unit == null ? "" : switch (unit) {
                    case UNITS -> "instances";
                    case VCPU -> "vCPUs";
                    case MEMORY_MIB -> "MiB of memory";
                };
            }

            @Override
            public CapacityUnit fromString(String text) {
                return null;
            }
        });
        scoreUnit.valueProperty().bindBidirectional(model.unitProperty());
        scoreUnit.setAccessibleText("Unit of the target capacity");
        scorePerZone.selectedProperty().bindBidirectional(model.perZoneProperty());
        scoreByRequirements.selectedProperty().bindBidirectional(model.byRequirementsProperty());
        FieldBindings.showWhen(scoreRequirements, model.byRequirementsProperty());
        FieldBindings.field(scoreVcpus, model.vcpusProperty(), scoreVcpusError, model.vcpusErrorProperty());
        FieldBindings.field(scoreMemory, model.memoryGibProperty(), scoreMemoryError, model.memoryErrorProperty());
        scoreVcpus.setOnAction(e -> askScores());
        scoreMemory.setOnAction(e -> askScores());
        FieldBindings.message(scoreAdvice, model.adviceProperty());
        FieldBindings.message(scoreStatus, model.statusProperty());
        scoreProgress.visibleProperty().bind(model.askingProperty());
        scoreButton.disableProperty().bind(model.askingProperty());
        // The section ends a long query pane: whatever the keyboard reaches here scrolls into sight.
        Scrolling.followFocus(scoreCapacity, scoreUnit, scoreByRequirements, scoreVcpus, scoreMemory, scorePerZone,
                scoreButton);
    }

    @FXML
    private void askScores() {
        if (!model.askScores()) {
            FirstToCorrect.focus(scoresRoot);
        }
    }
}
