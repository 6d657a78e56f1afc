package org.spotspec.model.session;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.spotspec.aws.AwsSession;

/**
 * The main window's session clock: ticked once a second by the view, it counts the session down
 * ({@link SessionState#tick()}); shortly before an MFA session ends a banner offers renewal, and
 * when it has ended the MFA prompt opens by itself, as long as the main view shows.
 */
public final class SessionClock {
    /** How urgent the banner is; the view styles it. */
    public enum Urgency { WARNING, DANGER }

    /** The banner over the main view's tabs. */
    public record Banner(String text, Urgency urgency) {
    }

    static final String EXPIRED = "Your MFA session has expired.";

    private final SessionState session;
    private final AwsCalls calls;
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BooleanBinding renewable;

    /**
     * @param afterPulse runs the renewal once the change that ended the session is over (an FX
     *                   animation pulse, where a dialog may not open: {@code Platform::runLater})
     */
    public SessionClock(SessionState session, AwsCalls calls, Executor afterPulse) {
        this.session = session;
        this.calls = calls;
        this.renewable = Bindings.createBooleanBinding(
                () -> session.current().map(AwsSession::isRenewable).orElse(false), session.sessionProperty());
        session.sessionProperty().addListener((obs, old, current) -> dismissBanner());
        session.expiringProperty().addListener((obs, was, expiring) -> {
            if (expiring) {
                banner.set(new Banner("Your " + kind() + " ends in under " + SessionState.WARN_BEFORE.toMinutes()
                        + " minutes. Renew it now to keep working without interruption.", Urgency.WARNING));
            }
        });
        session.expiredProperty().addListener((obs, was, expired) -> {
            if (expired) {
                boolean renewsByItself = session.current().filter(c -> !c.isMfaSession())
                        .flatMap(AwsSession::assumedRole).isPresent();
                boolean sso = session.current().filter(org.spotspec.aws.SourceLabels::isSso).isPresent();
                banner.set(new Banner(renewsByItself ? "Your role session has expired; SpotSpec assumes the role again."
                        : sso ? "Your IAM Identity Center login has expired. Sign in again in the browser to continue."
                        : "Your " + kind() + " has expired. Renew it with a fresh code to continue.", Urgency.DANGER));
                afterPulse.execute(this::renewIfStillExpired);
            }
        });
    }

    /** What the banner calls the session: an assumed role's, or an MFA session. */
    private String kind() {
        return session.current().map(org.spotspec.aws.SourceLabels::sessionKind).orElse("MFA session");
    }

    /** Once a second while the main view shows. */
    public void tick() {
        session.tick();
    }

    private void renewIfStillExpired() {
        if (session.isExpired() && !calls.isRenewing() && shown.get()) {
            calls.renewNow(EXPIRED);
        }
    }

    public void dismissBanner() {
        banner.set(null);
    }

    /** The banner to show; null for none. */
    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Whether the main view is on screen: only then does an expired session open the prompt. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** An MFA session, which a fresh code can renew, or an assumed role, assumed again. */
    public BooleanBinding renewableProperty() {
        return renewable;
    }
}
