package org.spotspec.model.sso;

import java.time.Instant;
import java.util.function.Consumer;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SsoLoginSteps;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.SsoRelogin;
import org.spotspec.tasks.TaskRunner;

/**
 * Renews an IAM Identity Center session in the app: a login at hand (refreshed with its refresh
 * token, or made by the AWS CLI meanwhile) is used without asking; otherwise the device-code dialog
 * opens, and once the user approves, the session goes on and the action that failed runs again.
 */
public final class SsoRenewal implements SsoRelogin {
    private final TaskRunner tasks;
    private final SsoLoginSteps steps;
    private final SsoLoginModel login;
    private final SessionService sessions;
    private final ActivityLog log;

    public SsoRenewal(TaskRunner tasks, SsoLoginSteps steps, SsoLoginModel login, SessionService sessions,
                      ActivityLog log) {
        this.tasks = tasks;
        this.steps = steps;
        this.login = login;
        this.sessions = sessions;
        this.log = log;
    }

    @Override
    public void loginAgain(AwsSession expired, Consumer<AwsSession> renewed, Runnable gaveUp) {
        // Renew pressed before the end: only a login lasting longer than the session's helps.
        var end = expired.expiresAt().orElse(Instant.EPOCH);
        withLogin(expired.ssoLogin().orElseThrow(), end, () -> renew(expired, renewed, gaveUp), gaveUp);
    }

    /**
     * A login that lasts from now on is enough (one the AWS CLI made meanwhile, or refreshed): the
     * role is then assumed again with it. After the portal refused the login, only a new one helps.
     */
    @Override
    public void loginAgainForRole(AwsSession role, boolean refused, Runnable loggedIn, Runnable gaveUp) {
        var sso = role.ssoSourceLogin().orElseThrow();
        if (refused) {
            deviceLogin(sso, loggedIn, gaveUp);
        } else {
            withLogin(sso, Instant.now(), loggedIn, gaveUp);
        }
    }

    /** Runs {@code then} with a login lasting beyond {@code end}: one at hand, else the device-code dialog's. */
    private void withLogin(AwsSession.SsoLogin sso, Instant end, Runnable then, Runnable gaveUp) {
        var profile = sso.profile();
        var request = sso.request();
        tasks.task("Check the IAM Identity Center login", () -> steps.hasLoginBeyond(profile, request, end))
                .onSuccess(atHand -> {
                    if (atHand) {
                        then.run();
                    } else {
                        deviceLogin(sso, then, gaveUp);
                    }
                })
                .onFailure(failure -> {
                    log.problem(ErrorTranslator.translate("Check the IAM Identity Center login", failure));
                    gaveUp.run();
                })
                .start();
    }

    /** The device-code dialog; {@code then} once the user approved. */
    private void deviceLogin(AwsSession.SsoLogin sso, Runnable then, Runnable gaveUp) {
        login.start(sso.profile(), sso.request(), token -> then.run(), failure -> {
            log.problem(ErrorTranslator.translate("Sign in to IAM Identity Center", failure));
            gaveUp.run();
        }, gaveUp);
    }

    private void renew(AwsSession expired, Consumer<AwsSession> renewed, Runnable gaveUp) {
        tasks.task("Renew the IAM Identity Center session", () -> sessions.renewSso(expired))
                .onSuccess(renewed)
                .onFailure(failure -> {
                    log.problem(ErrorTranslator.translate("Renew the IAM Identity Center session", failure));
                    gaveUp.run();
                })
                .start();
    }
}
