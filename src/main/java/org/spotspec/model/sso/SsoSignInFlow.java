package org.spotspec.model.sso;

import java.util.Optional;
import java.util.function.Consumer;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoLoginSteps;
import org.spotspec.aws.SsoProfile;
import org.spotspec.tasks.TaskRunner;

/**
 * What an IAM Identity Center sign-in needs before the session can open: a login (found, refreshed,
 * or made with the device-code dialog) and, for a profile that names no account and role, the one
 * remembered or chosen in the chooser. Other sign-ins go straight on.
 */
public final class SsoSignInFlow {
    private final TaskRunner tasks;
    private final SsoLoginSteps steps;
    private final SsoLoginModel login;
    private final SsoRoleChooserModel chooser;
    private final SsoChoices choices;

    public SsoSignInFlow(TaskRunner tasks, SsoLoginSteps steps, SsoLoginModel login, SsoRoleChooserModel chooser,
                         SsoChoices choices) {
        this.tasks = tasks;
        this.steps = steps;
        this.login = login;
        this.chooser = chooser;
        this.choices = choices;
    }

    /** The profile and whether a login is at hand, found in the background. */
    private record Found(Optional<SsoProfile> profile, boolean hasLogin) {
    }

    /**
     * Completes {@code request} for IAM Identity Center and hands it to {@code ready} (on the FX
     * thread); {@code onFailure} gets AWS's refusal, {@code onCancelled} runs when the user cancels a dialog.
     */
    public void prepare(SignInRequest request, Consumer<SignInRequest> ready, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        prepare(request, false, ready, onFailure, onCancelled);
    }

    /** As {@link #prepare}; with {@code chooseAgain} the chooser opens even when a role is remembered. */
    public void prepare(SignInRequest request, boolean chooseAgain, Consumer<SignInRequest> ready,
                        Consumer<Throwable> onFailure, Runnable onCancelled) {
        prepare(request, chooseAgain, false, ready, onFailure, onCancelled);
    }

    /**
     * As {@link #prepare}; with {@code freshLogin} the device flow runs even when a login seems at
     * hand (IAM Identity Center refused it: signed out, or revoked).
     */
    public void prepare(SignInRequest request, boolean chooseAgain, boolean freshLogin, Consumer<SignInRequest> ready,
                        Consumer<Throwable> onFailure, Runnable onCancelled) {
        tasks.task("Check the IAM Identity Center login", () -> {
                    var profile = steps.profileOf(request);
                    return new Found(profile, profile.isPresent() && !freshLogin && steps.hasLogin(profile.get(), request));
                })
                .onSuccess(found -> {
                    if (found.profile().isEmpty()) {
                        ready.accept(request);
                    } else if (request.mfa().isPresent() && signsInAsItself(found.profile().get(), request)) {
                        onFailure.accept(noMfaSession(found.profile().get())); // before any browser opens
                    } else if (found.hasLogin()) {
                        chooseRole(found.profile().get(), request, chooseAgain, ready, onCancelled);
                    } else {
                        login.start(found.profile().get(), request,
                                token -> chooseRole(found.profile().get(), request, chooseAgain, ready, onCancelled),
                                onFailure, onCancelled);
                    }
                })
                .onFailure(onFailure)
                .start();
    }

    /** The SSO profile is the one signed in with (not the base of a role chain, whose role may take a code). */
    private static boolean signsInAsItself(SsoProfile profile, SignInRequest request) {
        return request.role().isEmpty() && request.source() instanceof CredentialSource.NamedProfile p
                && p.name().equals(profile.profile());
    }

    private static AwsProblemException noMfaSession(SsoProfile profile) {
        return new AwsProblemException(AwsProblem.local("MfaNeedsLongTermKeys", "Profile '" + profile.profile()
                + "' signs in through IAM Identity Center, whose role credentials are temporary: AWS makes no MFA "
                + "session from them (IAM Identity Center asks for MFA itself, in the browser). Nothing was sent.",
                "Untick Use MFA and sign in again."));
    }

    private void chooseRole(SsoProfile profile, SignInRequest request, boolean chooseAgain,
                            Consumer<SignInRequest> ready, Runnable onCancelled) {
        if (profile.accountId().isPresent() && profile.roleName().isPresent()) {
            ready.accept(request);
            return;
        }
        var remembered = choices.roleOf(profile.profile());
        if (remembered.isPresent() && !chooseAgain) {
            ready.accept(request.withSsoRole(remembered.get()));
            return;
        }
        chooser.open(profile, request, remembered, role -> {
            if (chooser.rememberProperty().get()) {
                choices.remember(profile.profile(), role);
            }
            ready.accept(request.withSsoRole(role));
        }, onCancelled);
    }

    /**
     * Forgets the remembered role of {@code profile} (AWS no longer has it for the user): the next
     * sign-in opens the chooser again.
     */
    public void forgetRole(String profile) {
        choices.forget(profile);
    }

    public SsoLoginSteps steps() {
        return steps;
    }

    public SsoLoginModel login() {
        return login;
    }

    public SsoRoleChooserModel chooser() {
        return chooser;
    }

    public SsoChoices choices() {
        return choices;
    }
}
