package org.spotspec.ui.launch;

import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.util.Duration;
import org.spotspec.aws.launch.LaunchChoices;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.model.launch.LaunchForm;
import org.spotspec.model.launch.LaunchWay;
import org.spotspec.model.launch.LaunchModel;
import org.spotspec.model.launch.LaunchModule;
import org.spotspec.model.launch.LaunchOutcome;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.FormGrids;

/** The Launch tab: binds the form to {@link LaunchModel}, confirms a launch, shows the outcome. */
public final class LaunchController {
    /** How long typing must pause before the AMI's name is looked up. */
    static final Duration LOOKUP_DELAY = Duration.millis(500);

    private final LaunchModel model;
    private final LaunchModule module;
    private final LaunchActions actions;
    private final PauseTransition imageLookup = new PauseTransition(LOOKUP_DELAY);

    @FXML private SplitPane launchRoot;
    @FXML private TextInputControl imageId, instanceType, count, maxPrice, keyName, securityGroups, subnet, zone;
    @FXML private TextInputControl instanceProfile, validUntil;
    @FXML private TextArea userData, tags, outcomeDetails;
    @FXML private Label imageIdError, instanceTypeError, countError, maxPriceError, keyNameError;
    @FXML private Label securityGroupsError, subnetError, zoneError, instanceProfileError, interruptionError;
    @FXML private Label validUntilError, userDataError, tagsError;
    @FXML private Label imageInfo, subnetInfo, userDataSize, lookupHints, outcomeHeadline;
    @FXML private ComboBox<String> typePicker, keyPairPicker, zonePicker;
    @FXML private ComboBox<LaunchChoices.SecurityGroup> groupPicker;
    @FXML private ComboBox<LaunchChoices.Subnet> subnetPicker;
    @FXML private ChoiceBox<LaunchWay> methodBox;
    @FXML private javafx.scene.layout.GridPane launchForm;
    @FXML private ChoiceBox<LaunchSpec.RequestType> requestTypeBox;
    @FXML private ChoiceBox<LaunchSpec.Interruption> interruptionBox;
    @FXML private Button dryRunButton, launchButton, copyIdsButton, clearResultsButton, fallbackButton;
    @FXML private ProgressIndicator launchProgress;

    public LaunchController(LaunchModule module) {
        this.model = module.launch();
        this.module = module;
        this.actions = new LaunchActions(module, () -> launchRoot);
    }

    @FXML
    private void initialize() {
        FormGrids.alignOnText(launchForm);
        var form = model.form();
        bindFields(form);
        bindChoices(form);
        var lookups = model.lookups();
        imageLookup.setOnFinished(e -> lookups.lookUpImage(form.imageIdProperty().get()));
        form.imageIdProperty().addListener((obs, old, now) -> imageLookup.playFromStart());
        FieldBindings.reservedInfo(imageInfo, lookups.imageInfoProperty(), form.imageIdErrorProperty());
        FieldBindings.reservedInfo(subnetInfo, Bindings.createStringBinding(() -> lookups.describeSubnet(
                form.subnetProperty().get()), form.subnetProperty(), lookups.subnets()), form.subnetErrorProperty());
        FieldBindings.message(lookupHints, lookups.hintsProperty());
        userDataSize.textProperty().bind(form.userDataSizeProperty());
        dryRunButton.disableProperty().bind(model.busyProperty());
        launchButton.disableProperty().bind(model.busyProperty());
        launchProgress.visibleProperty().bind(model.busyProperty());
        WayLayout.bind(module.fleet().form().wayProperty(), launchForm);
        WayLayout.fallback(fallbackButton, module.capacityFallback().offerProperty());
        fallbackButton.setOnAction(e -> actions.launchFallback(launchRoot.getScene().getWindow()));
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(model.outcomeProperty().get());
    }

    private void bindFields(LaunchForm form) {
        FieldBindings.field(imageId, form.imageIdProperty(), imageIdError, module.fleet().form().imageIdErrorProperty());
        FieldBindings.field(instanceType, form.instanceTypeProperty(), instanceTypeError, form.instanceTypeErrorProperty());
        FieldBindings.field(count, form.countProperty(), countError, form.countErrorProperty());
        FieldBindings.field(maxPrice, form.maxPriceProperty(), maxPriceError, form.maxPriceErrorProperty());
        FieldBindings.field(keyName, form.keyNameProperty(), keyNameError, form.keyNameErrorProperty());
        FieldBindings.field(securityGroups, form.securityGroupsProperty(), securityGroupsError, form.securityGroupsErrorProperty());
        FieldBindings.field(subnet, form.subnetProperty(), subnetError, form.subnetErrorProperty());
        FieldBindings.field(zone, form.zoneProperty(), zoneError, form.zoneErrorProperty());
        FieldBindings.field(instanceProfile, form.instanceProfileProperty(), instanceProfileError,
                form.instanceProfileErrorProperty());
        FieldBindings.field(validUntil, form.validUntilProperty(), validUntilError, form.validUntilErrorProperty());
        FieldBindings.field(userData, form.userDataProperty(), userDataError, form.userDataErrorProperty());
        FieldBindings.field(tags, form.tagsProperty(), tagsError, form.tagsErrorProperty());
        FieldBindings.reservedError(interruptionError, form.interruptionErrorProperty(), interruptionBox);
    }

    private void bindChoices(LaunchForm form) {
        var lookups = model.lookups();
        Pickers.attach(typePicker, lookups.instanceTypes(), t -> t, t -> t, form.instanceTypeProperty()::set);
        Pickers.attach(keyPairPicker, lookups.keyPairs(), k -> k, k -> k, form.keyNameProperty()::set);
        Pickers.attach(groupPicker, lookups.securityGroups(), LaunchChoices.SecurityGroup::id,
                LaunchChoices.SecurityGroup::label, form::addSecurityGroup);
        Pickers.attach(subnetPicker, lookups.subnets(), LaunchChoices.Subnet::id, LaunchChoices.Subnet::label,
                form.subnetProperty()::set);
        Pickers.attach(zonePicker, lookups.zones(), z -> z, z -> z, form.zoneProperty()::set);
        Pickers.choice(methodBox, LaunchWay.values(), LaunchWay::label, module.fleet().form().wayProperty());
        Pickers.choice(requestTypeBox, LaunchSpec.RequestType.values(), t -> t == LaunchSpec.RequestType.ONE_TIME
                ? "One-time" : "Persistent (relaunches after an interruption)", form.requestTypeProperty());
        Pickers.choice(interruptionBox, LaunchSpec.Interruption.values(), i -> switch (i) {
            case TERMINATE -> "Terminate";
            case STOP -> "Stop";
            case HIBERNATE -> "Hibernate";
        }, form.interruptionProperty());
    }

    private void show(LaunchOutcome outcome) {
        OutcomeView.show(model, outcome, outcomeHeadline, outcomeDetails, copyIdsButton, clearResultsButton);
    }

    @FXML
    private void dryRun() {
        actions.dryRun();
    }

    @FXML
    private void launch() {
        actions.launch(launchRoot.getScene().getWindow());
    }

    @FXML
    private void clearResults() {
        model.clearResults();
    }

    @FXML
    private void refreshChoices() {
        model.loadChoices();
    }

    @FXML
    private void copyIds() {
        model.idsToCopy().ifPresent(ids -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, ids)));
    }
}
