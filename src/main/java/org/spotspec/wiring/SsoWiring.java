package org.spotspec.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.BrowserOpener;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileCatalog;
import org.spotspec.aws.SsoLoginSteps;
import org.spotspec.aws.SsoLogins;
import org.spotspec.model.sso.SsoChoices;
import org.spotspec.model.sso.SsoLoginModel;
import org.spotspec.model.sso.SsoRoleChooserModel;
import org.spotspec.model.sso.SsoSignInFlow;
import org.spotspec.model.sso.SsoRenewal;
import org.spotspec.aws.SessionService;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.tasks.TaskRunner;

/** The IAM Identity Center sign-in's parts: its steps, the device-code and chooser models, the flow. */
public final class SsoWiring {
    /**
     * What the IAM Identity Center login does outside SpotSpec: open the page in a browser, and
     * wait between polls as long as AWS asks. Tests record the pages and barely wait.
     */
    public record Hooks(Predicate<String> browser, UnaryOperator<Duration> pace) {
        public static final Hooks REAL = new Hooks(BrowserOpener::open, UnaryOperator.identity());
    }

    private SsoWiring() {
    }

    public static SsoSignInFlow flow(TaskRunner tasks, AwsClientFactory clients, Environment environment,
                              Supplier<ProfileCatalog> profiles, SsoLogins logins, Executor fx, Clock clock,
                              Hooks hooks) {
        var steps = new SsoLoginSteps(clients, environment, profiles, logins, clock);
        var choices = new SsoChoices();
        var login = new SsoLoginModel(tasks, steps, fx, hooks.browser(), hooks.pace(), clock, choices);
        return new SsoSignInFlow(tasks, steps, login, new SsoRoleChooserModel(tasks, steps), choices);
    }

    /** Renewal of an IAM Identity Center session with the sign-in's own login dialog. */
    public static SsoRenewal renewal(TaskRunner tasks, SessionService sessions, SsoSignInFlow flow, ActivityLog log) {
        return new SsoRenewal(tasks, flow.steps(), flow.login(), sessions, log);
    }
}
