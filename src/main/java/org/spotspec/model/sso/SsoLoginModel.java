package org.spotspec.model.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoDeviceLogin;
import org.spotspec.aws.SsoLoginSteps;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoToken;
import org.spotspec.tasks.TaskRunner;

/**
 * The device-code dialog's state: IAM Identity Center's device authorization run in the background,
 * the page and the code to confirm shown as soon as AWS gives them (the browser opened on them, as
 * the AWS CLI does), polling until the user approves in the browser or cancels here. The token is
 * kept in memory; it goes to the AWS CLI's cache only when "share" is ticked.
 */
public final class SsoLoginModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final TaskRunner tasks;
    private final SsoLoginSteps steps;
    private final Executor fx;
    private final Predicate<String> browser;
    private final UnaryOperator<Duration> pace;
    private final Clock clock;
    private final SsoChoices choices;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper codeShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper startUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageWithCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private CountDownLatch cancel = new CountDownLatch(0);

    /**
     * @param browser opens a page, false when it could not ({@code BrowserOpener::open})
     * @param pace    how long to really wait for each poll interval AWS asks (tests shorten it)
     */
    public SsoLoginModel(TaskRunner tasks, SsoLoginSteps steps, Executor fx, Predicate<String> browser,
                         UnaryOperator<Duration> pace, Clock clock, SsoChoices choices) {
        this.tasks = tasks;
        this.steps = steps;
        this.fx = fx;
        this.browser = browser;
        this.pace = pace;
        this.clock = clock;
        this.choices = choices;
    }

    /**
     * Logs in to {@code profile}'s IAM Identity Center; {@code onToken} gets the token on the FX
     * thread, {@code onFailure} AWS's refusal, {@code onCancelled} runs when the user cancels.
     */
    public void start(SsoProfile profile, SignInRequest request, Consumer<SsoToken> onToken,
                      Consumer<Throwable> onFailure, Runnable onCancelled) {
        var cancelled = new CountDownLatch(1);
        cancel = cancelled;
        startUrl.set(profile.startUrl());
        userCode.set("");
        pageWithCode.set("");
        page.set("");
        codeShown.set(false);
        status.set("Asking IAM Identity Center for a sign-in code…");
        active.set(true);
        SsoDeviceLogin.Sleeper sleeper = d -> {
            if (cancelled.await(pace.apply(d).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InterruptedException("cancelled");
            }
        };
        tasks.task("Sign in to IAM Identity Center", () -> steps.login(profile, request, this::shown, sleeper))
                .onSuccess(token -> {
                    active.set(false);
                    if (choices.shareProperty().get()) {
                        share(profile, token);
                    }
                    onToken.accept(token);
                })
                .onFailure(failure -> {
                    active.set(false);
                    if (cancelled.getCount() == 0 && failure instanceof AwsProblemException) {
                        onCancelled.run();
                    } else {
                        onFailure.accept(failure);
                    }
                })
                .start();
    }

    /** Called by the device flow (a background thread) once AWS gave the code: show it, open the page. */
    private void shown(SsoDeviceLogin.Authorization authorization) {
        boolean opened = browser.test(authorization.verificationUriComplete());
        var until = TIME.format(clock.instant().plus(authorization.expiresIn()));
        fx.execute(() -> {
            userCode.set(authorization.userCode());
            pageWithCode.set(authorization.verificationUriComplete());
            page.set(authorization.verificationUri());
            codeShown.set(true);
            status.set((opened ? "The page is open in your browser: check that it shows the code below, then "
                    + "choose Allow." : "Could not open a browser: open the page yourself and confirm the code "
                    + "below.") + " Waiting for your approval (the code is valid until " + until + ").");
        });
    }

    /** Opens the page again (the user closed the tab, or it opened behind the window). */
    public void openBrowser() {
        var url = pageWithCode.get();
        if (url.isEmpty()) {
            return;
        }
        tasks.task("Open the sign-in page", () -> browser.test(url))
                .onSuccess(opened -> {
                    if (!opened) {
                        status.set("Could not open a browser: open " + page.get() + " yourself and type the code.");
                    }
                })
                .start();
    }

    /** Stops polling; the sign-in ends without a login. */
    public void cancel() {
        cancel.countDown();
        status.set("Cancelling…");
    }

    private void share(SsoProfile profile, SsoToken token) {
        tasks.task("Share the login with the AWS CLI", () -> steps.share(profile, token))
                .onFailure(failure -> status.set("The login works, but it could not be shared with the AWS CLI."))
                .start();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** True once AWS gave the code (before that, the dialog says it is asking). */
    public ReadOnlyBooleanProperty codeShownProperty() {
        return codeShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startUrlProperty() {
        return startUrl.getReadOnlyProperty();
    }

    /** The code to confirm (e.g. {@code WDDD-HRQX}): not a secret, it only works with the user's approval. */
    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    /** The verification page with the code in it. */
    public ReadOnlyStringProperty pageWithCodeProperty() {
        return pageWithCode.getReadOnlyProperty();
    }

    /** The bare verification page, for a browser on another device where the code is typed. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty shareProperty() {
        return choices.shareProperty();
    }
}
