package org.spotspec.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
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
import org.spotspec.tasks.TaskRunner;

/** The IAM Identity Center sign-in's parts: its steps, the device-code and chooser models, the flow. */
public final class SsoWiring {
    private SsoWiring() {
    }

    public static SsoSignInFlow flow(TaskRunner tasks, AwsClientFactory clients, Environment environment,
                              Supplier<ProfileCatalog> profiles, SsoLogins logins, Executor fx, Clock clock,
                              UnaryOperator<Duration> pace) {
        var steps = new SsoLoginSteps(clients, environment, profiles, logins, clock);
        var choices = new SsoChoices();
        var login = new SsoLoginModel(tasks, steps, fx, BrowserOpener::open, pace, clock, choices);
        return new SsoSignInFlow(tasks, steps, login, new SsoRoleChooserModel(tasks, steps), choices);
    }
}
