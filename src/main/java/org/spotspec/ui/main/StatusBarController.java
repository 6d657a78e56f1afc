package org.spotspec.ui.main;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.RegionSwitch;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.ProblemDialog;

/** The status bar: account, region (click or Enter: switch region), session time left, EC2 access, last error (growing, elided), busy. */
public final class StatusBarController {
    private final SessionState session;
    private final AccountModel account;
    private final StatusState status;
    private final TaskRunner tasks;
    private final RegionSwitch regions;
    private final Navigator navigator;

    @FXML private StatusBarBox statusBar;
    @FXML private HBox sourceSegment, busySegment, syncSegment;
    @FXML private Label syncLabel;
    @FXML private javafx.scene.control.Separator syncSeparator;
    @FXML private Label accountLabel, regionLabel, sourceLabel, sessionLabel;
    /** Offline (no session): back to the sign-in view. */
    @FXML private Hyperlink signInLink;
    @FXML private Hyperlink renewLink;
    @FXML private Label ec2Label;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label errorLabel;
    @FXML private Hyperlink errorDetails;
    @FXML private Button errorClear;

    public StatusBarController(SessionState session, AccountModel account, StatusState status, TaskRunner tasks,
                               RegionSwitch regions, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
        this.regions = regions;
        this.account = account;
        this.status = status;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        var current = session.sessionProperty();
        var identity = account.identityProperty();
        accountLabel.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.account(identity.get()), identity));
        var arnTip = new Tooltip();
        arnTip.textProperty().bind(Bindings.createStringBinding(
                () -> identity.get() == null ? "" : identity.get().arn(), identity));
        accountLabel.setTooltip(arnTip);
        FieldBindings.showWhen(signInLink, current.isNull());
        // Offline, the segments of a session are empty: no bare separators, no empty stop for the Tab key.
        statusBar.lookupAll(".separator").stream().filter(n -> n != syncSeparator)
                .forEach(n -> FieldBindings.showWhen(n, current.isNotNull()));
        FieldBindings.showWhen(regionLabel, current.isNotNull());
        signInLink.setOnAction(e -> {
            signInLink.setVisited(false); // shown again after the next sign-out: not as spent
            navigator.showSignIn();
        });
        bindRegion();
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.source(current.get()), current));
        bindSessionClock();
        ec2Label.textProperty().bind(Bindings.createStringBinding(
                () -> StatusTexts.ec2(account.ec2AccessProperty().get()), account.ec2AccessProperty()));
        busyIndicator.visibleProperty().bind(tasks.busyProperty());
        busyLabel.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.busy(tasks.running()),
                tasks.running()));
        var error = status.lastErrorProperty();
        FieldBindings.message(errorLabel, Bindings.createStringBinding(
                () -> error.get() == null ? "" : error.get().headline(), error));
        errorLabel.setTooltip(new Tooltip());
        errorLabel.getTooltip().textProperty().bind(errorLabel.textProperty()); // the whole headline when elided
        FieldBindings.showWhen(errorDetails, error.isNotNull());
        FieldBindings.showWhen(errorClear, error.isNotNull());
        syncLabel.textProperty().bind(status.syncProperty());
        // The segment itself stays managed: the status bar's row leaves it out when narrow.
        FieldBindings.showWhen(syncSeparator, status.syncProperty().isNotEmpty());
        statusBar.setDropOrder(syncSegment, sourceSegment, busySegment);
    }

    /** The region is also the way to switch it: a click, Enter or Space opens the region chooser. */
    private void bindRegion() {
        var current = session.sessionProperty();
        regionLabel.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.region(current.get()), current));
        regionLabel.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> StatusTexts.regionAccessible(current.get()), current));
        regionLabel.setTooltip(new Tooltip(regionLabel.getAccessibleHelp()));
        RegionDialog.openFrom(regionLabel, regions);
    }

    private void bindSessionClock() {
        var remaining = session.remainingProperty();
        sessionLabel.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.session(session.current(), remaining.get()),
                remaining, session.sessionProperty()));
        FieldBindings.showWhen(renewLink, remaining.isNotNull());
        session.expiringProperty().addListener((obs, was, now) -> style());
        session.expiredProperty().addListener((obs, was, now) -> style());
        style();
    }

    private void style() {
        sessionLabel.getStyleClass().removeAll("warning", "danger");
        if (session.expiredProperty().get()) {
            sessionLabel.getStyleClass().add("danger");
        } else if (session.expiringProperty().get()) {
            sessionLabel.getStyleClass().add("warning");
        }
    }

    @FXML
    private void renew() {
        account.renewSession();
    }

    @FXML
    private void showErrorDetails() {
        var problem = status.lastErrorProperty().get();
        if (problem != null) {
            ProblemDialog.create(errorLabel.getScene().getWindow(), problem).show();
        }
    }

    @FXML
    private void clearError() {
        status.clearError();
    }
}
