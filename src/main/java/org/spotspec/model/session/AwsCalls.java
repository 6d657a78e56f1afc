package org.spotspec.model.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SourceLabels;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;

/**
 * Runs AWS calls with the current session, in the background, and keeps them working across
 * an MFA session's end: when the session has expired (by the clock, or because AWS answered
 * {@code ExpiredToken}), it asks for a fresh code, renews the session, and retries the call
 * once. Whatever the user had entered stays where it was, because the call is retried with
 * the same input.
 */
public final class AwsCalls {
    private final TaskRunner tasks;
    private final SessionState session;
    private final SessionService sessions;
    private final MfaPrompter prompter;
    private final StatusState status;
    private final ActivityLog log;
    private final List<Runnable> waitingForRenewal = new ArrayList<>();
    private final List<Runnable> givingUp = new ArrayList<>();
    private final SsoRelogin ssoRelogin;
    /** Whether this renewal already logged in again to the IAM Identity Center login behind a role. */
    private boolean roleLoginRenewed;
    private boolean renewing;

    public AwsCalls(TaskRunner tasks, SessionState session, SessionService sessions, MfaPrompter prompter,
                    StatusState status, ActivityLog log) {
        this(tasks, session, sessions, prompter, SsoRelogin.NONE, status, log);
    }

    /** @param ssoRelogin renews an IAM Identity Center session (the device-code dialog when it must) */
    public AwsCalls(TaskRunner tasks, SessionState session, SessionService sessions, MfaPrompter prompter,
                    SsoRelogin ssoRelogin, StatusState status, ActivityLog log) {
        this.ssoRelogin = ssoRelogin;
        this.tasks = tasks;
        this.session = session;
        this.sessions = sessions;
        this.prompter = prompter;
        this.status = status;
        this.log = log;
    }

    /** Runs {@code call}; failures go to the status bar and the log. */
    public <T> void run(String action, Function<AwsSession, T> call, Consumer<? super T> onSuccess) {
        run(action, call, onSuccess, status::report);
    }

    public <T> void run(String action, Function<AwsSession, T> call, Consumer<? super T> onSuccess,
                        Consumer<AwsProblem> onFailure) {
        attempt(action, call, onSuccess, onFailure, true);
    }

    /** Asks for a code and renews the MFA session now (the status bar's Renew, or at expiry). */
    public void renewNow(String reason) {
        renew(reason, () -> { }, () -> { });
    }

    public boolean isRenewing() {
        return renewing;
    }

    private <T> void attempt(String action, Function<AwsSession, T> call, Consumer<? super T> onSuccess,
                             Consumer<AwsProblem> onFailure, boolean mayRenew) {
        var current = session.current().orElse(null);
        if (current == null) {
            onFailure.accept(AwsProblem.local("NotSignedIn", "You are not signed in.", "Sign in first.")
                    .withAction(action));
            return;
        }
        if (mayRenew && current.isRenewable() && session.isExpired()) {
            renew("Your MFA session has expired.", () -> attempt(action, call, onSuccess, onFailure, false),
                    () -> onFailure.accept(expiredProblem(action, current)));
            return;
        }
        tasks.task(action, () -> call.apply(current))
                .onSuccess(onSuccess)
                .onFailure(failure -> {
                    var problem = ErrorTranslator.translate(action, failure);
                    if (mayRenew && isExpiry(problem, current) && current.isRenewable()) {
                        renew("AWS says your session has expired.",
                                () -> attempt(action, call, onSuccess, onFailure, false),
                                () -> onFailure.accept(problem));
                    } else if (problem.kind() == AwsProblem.Kind.EXPIRED_SESSION && !current.isRenewable()) {
                        onFailure.accept(withoutMfaRenewal(problem));
                    } else {
                        onFailure.accept(problem);
                    }
                })
                .start();
    }

    private void renew(String reason, Runnable onRenewed, Runnable onGaveUp) {
        waitingForRenewal.add(onRenewed);
        givingUp.add(onGaveUp);
        if (!renewing) {
            renewing = true;
            ask(reason, "");
        }
    }

    private void ask(String reason, String previousError) {
        var current = session.current().orElse(null);
        if (current != null && SourceLabels.isSso(current)) {
            ssoRelogin.loginAgain(current, renewed -> {
                session.set(renewed);
                log.info("IAM Identity Center session renewed for " + renewed.identity().arn());
                settle(true);
            }, () -> settle(false));
            return;
        }
        if (current != null && current.mfaSerial().isEmpty() && current.isRenewable()) {
            // An assumed role without MFA: assumed again, nothing to ask.
            renewing(current, "Assume role again", () -> sessions.renewWithoutCode(current), () -> { }, reason);
            return;
        }
        if (current == null || current.mfaSerial().isEmpty()) {
            settle(false);
            return;
        }
        var code = prompter.askForCode(new MfaPrompter.Prompt(current.credentialsSummary(),
                current.mfaSerial().get(), reason, previousError));
        if (code.isEmpty()) {
            log.warning("MFA session renewal cancelled");
            settle(false);
            return;
        }
        renewing(current, "Renew MFA session", () -> sessions.renew(current, code.get()), code.get()::wipe, reason);
    }

    private void renewing(AwsSession current, String action, java.util.concurrent.Callable<AwsSession> renewal,
                          Runnable cleanUp, String reason) {
        tasks.task(action, renewal)
                .onSuccess(renewed -> {
                    session.set(renewed);
                    var kind = SourceLabels.sessionKind(renewed);
                    log.info(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " renewed for "
                            + renewed.identity().arn());
                    settle(true);
                })
                .onFailure(failure -> {
                    var problem = ErrorTranslator.translate(action, failure);
                    if (problem.kind() == AwsProblem.Kind.WRONG_MFA_CODE && current.isMfaSession()) {
                        log.problem(problem);
                        ask(reason, problem.meaning() + " " + problem.nextStep());
                    } else if (problem.needsSsoLogin() && current.ssoSourceLogin().isPresent() && !roleLoginRenewed) {
                        // The IAM Identity Center login behind the role ended: log in again (once per
                        // renewal), then assume the role again as before, a fresh code if it takes one.
                        roleLoginRenewed = true;
                        log.problem(problem);
                        var refused = problem.code().equals("SsoTokenRejected");
                        ssoRelogin.loginAgainForRole(current, refused, () -> ask(reason, ""), () -> {
                            status.report(problem);
                            settle(false);
                        });
                    } else {
                        status.report(problem);
                        settle(false);
                    }
                })
                .andFinally(cleanUp)
                .start();
    }

    private void settle(boolean renewed) {
        var continuations = List.copyOf(renewed ? waitingForRenewal : givingUp);
        waitingForRenewal.clear();
        givingUp.clear();
        renewing = false;
        roleLoginRenewed = false;
        continuations.forEach(Runnable::run);
    }

    /**
     * AWS's word for an expired session, or a credentials failure (EC2's AuthFailure, whose body
     * the HTTP client may drop) after the session's own expiry time has passed.
     */
    private boolean isExpiry(AwsProblem problem, AwsSession current) {
        return problem.kind() == AwsProblem.Kind.EXPIRED_SESSION
                || (problem.kind() == AwsProblem.Kind.BAD_CREDENTIALS && current == session.current().orElse(null)
                        && session.isExpired());
    }

    /** Credentials that came with their own session token cannot be renewed with an MFA code. */
    private static AwsProblem withoutMfaRenewal(AwsProblem p) {
        if (p.code().startsWith("Sso")) {
            return p; // An IAM Identity Center login that ended: its own words name the command that logs in again.
        }
        return new AwsProblem(p.action(), p.code(), "The temporary credentials you signed in with have expired.",
                "Get fresh credentials (for example refresh AWS_SESSION_TOKEN or the profile), then sign in "
                        + "again (Account → Switch profile).", p.requestId(), p.httpStatus(), p.kind(), p.awsMessage());
    }

    private static AwsProblem expiredProblem(String action, AwsSession current) {
        if (SourceLabels.isSso(current)) {
            return new AwsProblem(action, "SsoTokenExpired", "Your IAM Identity Center login has expired.",
                    "Renew the session (status bar → Renew) to sign in again in the browser, or sign in again.", "", 0,
                    AwsProblem.Kind.EXPIRED_SESSION, "");
        }
        return new AwsProblem(action, "ExpiredToken", "Your MFA session has expired.",
                "Renew the session with a fresh MFA code (status bar → Renew), or sign in again.", "", 0,
                AwsProblem.Kind.EXPIRED_SESSION, "");
    }
}
