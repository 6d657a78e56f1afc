package org.spotspec.testing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileCatalog;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SsoLogins;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.wiring.SsoWiring;
import software.amazon.awssdk.profiles.ProfileFile;

/** A sign-in model with no AWS files, no variables and no clients: for tests that must never send a request. */
public final class OfflineSignIn {
    private OfflineSignIn() {
    }

    /** @param runner runs the model's tasks (a sign-in's, when the form is valid) */
    public static SignInModel model(SignInForm form, TaskRunner runner) {
        var environment = new Environment(Map.of(), null);
        return new SignInModel(form, runner, new SessionService(null, environment, OfflineSignIn::noProfiles),
                new SessionState(Clock.systemUTC()), new ActivityLog(Runnable::run, Clock.systemUTC()), environment,
                OfflineSignIn::noProfiles, SsoWiring.flow(TaskRunner.inline(), null, environment,
                        OfflineSignIn::noProfiles, new SsoLogins(), Runnable::run, Clock.systemUTC(),
                        SsoWiring.Hooks.REAL));
    }

    public static ProfileCatalog noProfiles() {
        return new ProfileCatalog(List.of(), ProfileFile.aggregator().build(), List.of(), Optional.empty());
    }
}
