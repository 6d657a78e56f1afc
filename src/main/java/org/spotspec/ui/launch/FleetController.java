package org.spotspec.ui.launch;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.aws.launch.LaunchChoices;
import org.spotspec.model.launch.FleetForm;
import org.spotspec.model.launch.FleetLaunch;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.FormGrids;

/** The Launch form's EC2 Fleet fields (fleet.fxml, included in launch.fxml): binds them to {@link FleetForm}. */
public final class FleetController {
    private final FleetLaunch fleet;

    @FXML private GridPane fleetRoot;
    @FXML private TextField fleetTypes, fleetSubnets, fleetZones, onDemandBase, launchTemplate, templateVersion;
    @FXML private TextField vcpuMin, vcpuMax, memoryMin, memoryMax;
    @FXML private Label fleetTypesError, fleetSubnetsError, fleetZonesError, onDemandBaseError, launchTemplateError;
    @FXML private Label requirementsError, requirementsStatus, poolsSummary;
    @FXML private ComboBox<String> fleetTypePicker, fleetZonePicker;
    @FXML private ComboBox<LaunchChoices.Subnet> fleetSubnetPicker;
    @FXML private ChoiceBox<Strategy> strategyBox;
    @FXML private ToggleButton requirementsToggle;
    @FXML private VBox requirementsBox;
    @FXML private Button addPreviewedButton;

    public FleetController(FleetLaunch fleet) {
        this.fleet = fleet;
    }

    @FXML
    private void initialize() {
        FormGrids.alignOnText(fleetRoot);
        var form = fleet.form();
        FieldBindings.showWhen(fleetRoot, Bindings.createBooleanBinding(form::isFleet, form.wayProperty()));
        FieldBindings.field(fleetTypes, form.typesProperty(), fleetTypesError, form.typesErrorProperty());
        FieldBindings.field(fleetSubnets, form.subnetsProperty(), fleetSubnetsError, form.subnetsErrorProperty());
        FieldBindings.field(fleetZones, form.zonesProperty(), fleetZonesError, form.zonesErrorProperty());
        FieldBindings.field(onDemandBase, form.onDemandBaseProperty(), onDemandBaseError,
                form.onDemandBaseErrorProperty());
        FieldBindings.field(launchTemplate, form.launchTemplateProperty(), launchTemplateError,
                form.launchTemplateErrorProperty());
        templateVersion.textProperty().bindBidirectional(form.templateVersionProperty());
        templateVersion.disableProperty().bind(form.usesTemplateProperty().not());
        poolsSummary.textProperty().bind(form.poolsSummaryProperty());
        var lookups = fleet.launchModel().lookups();
        Pickers.attach(fleetTypePicker, lookups.instanceTypes(), t -> t, t -> t, form::addType);
        Pickers.attach(fleetSubnetPicker, lookups.subnets(), LaunchChoices.Subnet::id, LaunchChoices.Subnet::label,
                form::addSubnet);
        Pickers.attach(fleetZonePicker, lookups.zones(), z -> z, z -> z, form::addZone);
        Pickers.choice(strategyBox, Strategy.values(), s -> s == Strategy.PRICE_CAPACITY_OPTIMIZED
                ? s.wire() + " (recommended)" : s.wire(), form.strategyProperty());
        bindRequirements(form);
    }

    private void bindRequirements(FleetForm form) {
        var requirements = form.requirements();
        FieldBindings.showWhen(requirementsBox, requirementsToggle.selectedProperty());
        vcpuMin.textProperty().bindBidirectional(requirements.vcpuMinProperty());
        vcpuMax.textProperty().bindBidirectional(requirements.vcpuMaxProperty());
        memoryMin.textProperty().bindBidirectional(requirements.memoryMinProperty());
        memoryMax.textProperty().bindBidirectional(requirements.memoryMaxProperty());
        FieldBindings.message(requirementsError, requirements.errorProperty());
        FieldBindings.message(requirementsStatus, requirements.statusProperty());
        addPreviewedButton.disableProperty().bind(Bindings.isEmpty(requirements.found()));
        // Enter in any of the four fields previews, as the button does.
        for (var field : new TextField[] {vcpuMin, vcpuMax, memoryMin, memoryMax}) {
            field.setOnAction(e -> previewTypes());
        }
    }

    @FXML
    private void previewTypes() {
        fleet.previewTypes();
    }

    @FXML
    private void addPreviewed() {
        fleet.addPreviewedTypes();
    }
}
