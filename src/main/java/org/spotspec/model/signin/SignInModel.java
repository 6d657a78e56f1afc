package org.spotspec.model.signin;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.spotspec.aws.AccessKeys;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.ProfileCatalog;
import org.spotspec.aws.RoleChain;
import org.spotspec.aws.RoleErrors;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SourceLabels;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.sso.SsoSignInFlow;
import org.spotspec.tasks.TaskRunner;

/**
 * The sign-in view's state and actions: reads the profiles, validates the form, signs in in
 * the background, and hands the session over. A failed attempt keeps everything typed.
 */
public final class SignInModel {
    private static final java.time.format.DateTimeFormatter UNTIL = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm z, d MMM").withZone(java.time.ZoneId.systemDefault());

    private final SignInForm form;
    private final TaskRunner tasks;
    private final SessionService sessions;
    private final SessionState session;
    private final ActivityLog log;
    private final Environment environment;
    private final Supplier<ProfileCatalog> profileDiscovery;
    /** Names the sign-in view's link ("Open the price archive offline"). */
    static final String OFFLINE_HINT = "Without network you can still open the price archive offline "
            + "(below Sign in) and see the prices it holds.";
    private final ReadOnlyObjectWrapper<AwsProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper fileWarnings = new ReadOnlyStringWrapper("");
    private final StringBinding advancedTitle;
    private final StringBinding problemHeadline = problemText(AwsProblem::headline);
    private final StringBinding problemDetails = problemText(AwsProblem::details);
    private final SignInFocus focus;
    private final SsoSignInFlow sso;

    public SignInModel(SignInForm form, TaskRunner tasks, SessionService sessions, SessionState session,
                       ActivityLog log, Environment environment, Supplier<ProfileCatalog> profileDiscovery,
                       SsoSignInFlow sso) {
        this.sso = sso;
        this.form = form;
        this.tasks = tasks;
        this.sessions = sessions;
        this.session = session;
        this.log = log;
        this.environment = environment;
        this.profileDiscovery = profileDiscovery;
        this.advancedTitle = Bindings.createStringBinding(this::advancedTitle, form.endpointUrlProperty());
        this.focus = new SignInFocus(form, problem, signingIn);
    }

    /** Reads the AWS files in the background and fills the profile list. */
    public void loadProfiles() {
        tasks.task("Read AWS profiles", profileDiscovery::get)
                .onSuccess(this::showProfiles)
                .onFailure(failure -> fileWarnings.set("Could not read the AWS profiles: "
                        + failure.getClass().getSimpleName()))
                .start();
    }

    private void showProfiles(ProfileCatalog catalog) {
        var keep = form.profileProperty().get();
        // No profiles at all: the form switches to typed keys (below), which changes the view too.
        boolean switchesSource = catalog.isEmpty() && form.sourceProperty().get() == SourceKind.PROFILE;
        var moveCursor = focus.profilesArriving(switchesSource || !(form.profiles().isEmpty() && catalog.isEmpty()));
        form.roleChains(RoleChain.all(catalog));
        form.profiles().setAll(catalog.profiles());
        fileWarnings.set(String.join("\n", catalog.warnings()));
        catalog.warnings().forEach(log::warning);
        var choice = catalog.find(keep).isPresent() ? keep
                : catalog.preferred().filter(p -> catalog.find(p).isPresent())
                        .orElse(catalog.profiles().isEmpty() ? "" : catalog.profiles().get(0).name());
        // Re-set so the profile's region and MFA device are filled in even if the name is unchanged.
        form.profileProperty().set("");
        form.profileProperty().set(choice);
        if (switchesSource) {
            form.sourceProperty().set(environment.get("AWS_ACCESS_KEY_ID").isPresent()
                    ? SourceKind.ENVIRONMENT : SourceKind.KEYS);
        }
        moveCursor.run();
    }

    /**
     * Signs in if the form is valid; otherwise shows every field's message and sends nothing.
     * {@code onSignedIn} runs on the FX thread with the new session already current.
     */
    public boolean signIn(Consumer<AwsSession> onSignedIn) {
        return signIn(onSignedIn, false);
    }

    /** The last failure's explanation, dismissed (the form keeps what was typed); none while a sign-in runs. */
    public void dismissProblem() {
        if (!signingIn.get()) {
            problem.set(null);
        }
    }

    /**
     * As {@link #signIn(Consumer)}; with {@code chooseSsoRole} an IAM Identity Center profile's
     * account and role are chosen again even when one is remembered.
     */
    public boolean signIn(Consumer<AwsSession> onSignedIn, boolean chooseSsoRole) {
        if (!form.isValid()) {
            form.revealAllErrors();
            focus.formRefused();
            return false;
        }
        var request = form.toRequest(environment);
        problem.set(null);
        signingIn.set(true);
        prepare(request, chooseSsoRole, false, onSignedIn);
        return true;
    }

    private void prepare(SignInRequest request, boolean chooseSsoRole, boolean freshLogin,
                         Consumer<AwsSession> onSignedIn) {
        sso.prepare(request, chooseSsoRole, freshLogin, ready -> open(ready, onSignedIn, freshLogin),
                failure -> failed(request, failure), () -> signingIn.set(false));
    }

    private void open(SignInRequest request, Consumer<AwsSession> onSignedIn, boolean freshLogin) {
        tasks.task("Sign in", () -> sessions.signIn(request))
                .onSuccess(signedIn -> {
                    form.clearMfaCode();
                    session.set(signedIn);
                    log.info("Signed in as " + signedIn.identity().arn() + " in " + signedIn.region().id()
                            + signedIn.expiresAt().map(e -> ", " + SourceLabels.sessionKind(signedIn) + " until "
                                    + UNTIL.format(e))
                                    .orElse(""));
                    onSignedIn.accept(signedIn);
                    signingIn.set(false);
                })
                .onFailure(failure -> {
                    if (!freshLogin && ErrorTranslator.translate("Sign in", failure).needsSsoLogin()) {
                        // The login at hand was refused (signed out, revoked): log in again, once.
                        prepare(request, false, true, onSignedIn);
                    } else {
                        failed(request, failure);
                    }
                })
                .start();
    }

    private void failed(SignInRequest request, Throwable failure) {
        signingIn.set(false);
        var explained = offerOffline(ErrorTranslator.translate("Sign in", failure));
        if (RoleErrors.isDurationTooLong(explained)) {
            // Refused before the code was looked at: keep it, offer the length every role allows.
            form.offerRoleMaximum();
            explained = RoleErrors.withLengthOffered(explained);
        } else {
            // A one-time code is spent (or wrong) once tried: never leave it on screen.
            form.clearMfaCode();
        }
        if ("SsoRoleNotFound".equals(explained.code()) && request.ssoRole().isPresent()
                && request.source() instanceof CredentialSource.NamedProfile p) {
            sso.choices().forget(p.name()); // the next Sign in lists the accounts and roles again
            explained = explained.withNextStep("Press Sign in to choose another account and role.");
        } else if (java.util.Set.of("SsoDeviceCodeExpired", "SsoAccessDenied", "SsoInvalidClient")
                .contains(explained.code())) {
            // The CLI's words name a command; here the device flow starts again from the form.
            explained = explained.withNextStep("Press Sign in for a new code, and choose Allow in the browser "
                    + "within the time shown.");
        }
        log.problem(explained);
        problem.set(explained);
    }

    /** AWS out of reach: the price archive is still there to read, without a session. */
    private static AwsProblem offerOffline(AwsProblem p) {
        if (p.kind() != AwsProblem.Kind.NETWORK && p.kind() != AwsProblem.Kind.TIMEOUT) {
            return p;
        }
        return new AwsProblem(p.action(), p.code(), p.meaning(), p.nextStep() + " " + OFFLINE_HINT, p.requestId(),
                p.httpStatus(), p.kind(), p.awsMessage());
    }

    /** Which files the profiles come from, for the hint under the chooser. */
    public String filesDescription() {
        return "From " + environment.awsConfigFile() + " and " + environment.awsCredentialsFile()
                + " (read only).";
    }

    /** The endpoint overrides the environment sets, for the Advanced pane; empty when none. */
    public String environmentEndpoints() {
        var lines = new java.util.ArrayList<String>();
        for (var name : java.util.List.of("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL_STS")) {
            environment.get(name).ifPresent(url -> lines.add(name + " = " + url));
        }
        return lines.isEmpty() ? "" : "In effect unless you type a URL above:\n" + String.join("\n", lines);
    }

    /**
     * The Advanced pane's title: it names the endpoint override in effect, so the pane can stay
     * closed and the user still sees that calls go somewhere other than AWS.
     */
    public StringBinding advancedTitleProperty() {
        return advancedTitle;
    }

    private String advancedTitle() {
        var typed = form.endpointUrlProperty().get().trim();
        var inEffect = !typed.isEmpty() ? typed : environmentEndpointSummary();
        return inEffect.isEmpty() ? "Advanced" : "Advanced — endpoint " + inEffect;
    }

    /** The environment's endpoint override in a few words, e.g. {@code http://localhost:4566}. */
    private String environmentEndpointSummary() {
        var common = environment.get("AWS_ENDPOINT_URL");
        if (common.isPresent()) {
            return common.get() + " (AWS_ENDPOINT_URL)";
        }
        boolean some = environment.get("AWS_ENDPOINT_URL_EC2").isPresent()
                || environment.get("AWS_ENDPOINT_URL_STS").isPresent();
        return some ? "set by AWS_ENDPOINT_URL_EC2 / _STS" : "";
    }

    /** What the environment offers, without showing any secret. */
    public String environmentSummary() {
        var id = environment.get("AWS_ACCESS_KEY_ID");
        if (id.isEmpty()) {
            return "No AWS_ACCESS_KEY_ID is set in SpotSpec's environment.";
        }
        var text = "Access key " + AccessKeys.abbreviate(id.get()) + " from AWS_ACCESS_KEY_ID";
        if (environment.get("AWS_SECRET_ACCESS_KEY").isEmpty()) {
            return text + ", but AWS_SECRET_ACCESS_KEY is missing.";
        }
        return text + (environment.get("AWS_SESSION_TOKEN").isPresent() ? ", with a session token." : ".");
    }

    /** The IAM Identity Center steps: the device-code dialog and the account and role chooser follow them. */
    public SsoSignInFlow sso() {
        return sso;
    }

    public SignInForm form() {
        return form;
    }

    /** Where the view puts the cursor, and when. */
    public SignInFocus focus() {
        return focus;
    }

    public ReadOnlyObjectProperty<AwsProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last attempt's problem for the problem box: its headline, empty while there is none. */
    public StringBinding problemHeadlineProperty() {
        return problemHeadline;
    }

    /** The last attempt's problem for the problem box: its details, empty while there is none. */
    public StringBinding problemDetailsProperty() {
        return problemDetails;
    }

    private StringBinding problemText(java.util.function.Function<AwsProblem, String> part) {
        return Bindings.createStringBinding(() -> problem.get() == null ? "" : part.apply(problem.get()), problem);
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileWarningsProperty() {
        return fileWarnings.getReadOnlyProperty();
    }
}
