package org.spotspec.ui.main;

import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.ProblemDialog;

/** The status bar: account, region, session time left, EC2 access, last error (growing, elided), busy. */
public final class StatusBarController {
    private final SessionState session;
    private final AccountModel account;
    private final StatusState status;
    private final TaskRunner tasks;

    @FXML private StatusBarBox statusBar;
    @FXML private HBox sourceSegment;
    @FXML private HBox busySegment;
    @FXML private Label accountLabel;
    @FXML private Label regionLabel;
    @FXML private Label sourceLabel;
    @FXML private Label sessionLabel;
    @FXML private Hyperlink renewLink;
    @FXML private Label ec2Label;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label errorLabel;
    @FXML private Hyperlink errorDetails;
    @FXML private Button errorClear;

    public StatusBarController(SessionState session, AccountModel account, StatusState status, TaskRunner tasks) {
        this.session = session;
        this.account = account;
        this.status = status;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        var current = session.sessionProperty();
        var identity = account.identityProperty();
        accountLabel.textProperty().bind(Bindings.createStringBinding(() -> accountText(identity.get()), identity));
        var arnTip = new Tooltip();
        arnTip.textProperty().bind(Bindings.createStringBinding(
                () -> identity.get() == null ? "" : identity.get().arn(), identity));
        accountLabel.setTooltip(arnTip);
        regionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> current.get() == null ? "" : current.get().region().id(), current));
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> sourceText(current.get()), current));
        bindSessionClock();
        ec2Label.textProperty().bind(Bindings.createStringBinding(
                () -> ec2Text(account.ec2AccessProperty().get()), account.ec2AccessProperty()));
        busyIndicator.visibleProperty().bind(tasks.busyProperty());
        busyLabel.textProperty().bind(Bindings.createStringBinding(
                () -> tasks.running().isEmpty() ? "" : String.join(", ", tasks.running()) + "…", tasks.running()));
        var error = status.lastErrorProperty();
        FieldBindings.message(errorLabel, Bindings.createStringBinding(
                () -> error.get() == null ? "" : error.get().headline(), error));
        errorLabel.setTooltip(new Tooltip());
        errorLabel.getTooltip().textProperty().bind(errorLabel.textProperty()); // the whole headline when elided
        FieldBindings.showWhen(errorDetails, error.isNotNull());
        FieldBindings.showWhen(errorClear, error.isNotNull());
        statusBar.setDropOrder(sourceSegment, busySegment);
    }

    private void bindSessionClock() {
        var remaining = session.remainingProperty();
        sessionLabel.textProperty().bind(Bindings.createStringBinding(() -> sessionText(remaining.get()),
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

    private String sessionText(Duration remaining) {
        var current = session.current();
        if (current.isEmpty()) {
            return "";
        }
        if (remaining == null) {
            return "Long-term credentials (no MFA session)";
        }
        return remaining.isZero() ? "MFA session expired" : "MFA session " + SessionState.formatRemaining(remaining) + " left";
    }

    private static String accountText(CallerIdentity identity) {
        if (identity == null) {
            return "Not signed in";
        }
        var a = identity.account();
        var grouped = a.length() == 12 ? a.substring(0, 4) + "-" + a.substring(4, 8) + "-" + a.substring(8) : a;
        return "Account " + grouped + " · " + identity.shortName();
    }

    private static String sourceText(AwsSession current) {
        if (current == null) {
            return "";
        }
        return current.source().label() + (current.endpoints().isOverridden() ? " · local endpoint" : "");
    }

    private static String ec2Text(AccountModel.Ec2Access access) {
        return switch (access) {
            case UNKNOWN -> "";
            case CHECKING -> "EC2: checking…";
            case OK -> "EC2 ✓";
            case FAILED -> "EC2 ✗";
        };
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
