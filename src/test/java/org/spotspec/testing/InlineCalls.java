package org.spotspec.testing;

import java.time.Instant;
import java.util.Optional;
import org.spotspec.aws.AwsSession;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;

/**
 * What a model needs to make AWS calls, for model tests without a toolkit: signed out, or signed
 * in with {@code session} (typed keys, e.g. {@link WireSession#session()} or
 * {@link TestSessions}); tasks run inline on the test's own thread ({@link TaskRunner#inline()}),
 * so a call has answered when the method that started it returns.
 */
public final class InlineCalls {
    public final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
    public final ActivityLog log = new ActivityLog(Runnable::run, clock);
    public final StatusState status = new StatusState(log);
    public final SessionState session = new SessionState(clock);
    public final AwsCalls calls;

    /** Signed out: a table built on it never calls. */
    public InlineCalls() {
        this(null);
    }

    public InlineCalls(AwsSession signedIn) {
        if (signedIn != null) {
            session.set(signedIn);
        }
        // Typed keys are never renewed, so neither a session service nor an MFA prompt is asked.
        calls = new AwsCalls(TaskRunner.inline(), session, null, prompt -> Optional.empty(), status, log);
    }
}
