package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestSessions;

/** An IAM Identity Center login that ends mid-session keeps its own words: which command logs in again. */
class SsoExpiryTest {
    private final TestSessions sessions = new TestSessions();
    private final MutableClock time = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final SessionState session = new SessionState(time);
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private final ActivityLog log = new ActivityLog(Runnable::run, time);
    private final AwsCalls calls = new AwsCalls(TaskRunner.inline(), session, null, prompt -> {
        prompts.add(prompt);
        return Optional.empty();
    }, new StatusState(log), log);

    @AfterEach
    void tearDown() {
        session.clear();
        sessions.close();
    }

    @Test
    void anEndedSsoLoginSaysToLogInAgainAndAsksForNoMfaCode() {
        session.set(sessions.typedKeys());
        var problems = new ArrayList<AwsProblem>();
        var ended = new AwsProblem("", "SsoTokenExpired", "The IAM Identity Center login for x has expired.",
                "Run 'spotspec sso login --profile work --share' (or 'aws sso login --profile work').", "", 0,
                AwsProblem.Kind.EXPIRED_SESSION, "");

        calls.run("List", s -> {
            throw new AwsProblemException(ended);
        }, r -> { }, problems::add);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SsoTokenExpired");
            assertThat(p.nextStep()).contains("spotspec sso login --profile work");
        });
        assertThat(prompts).isEmpty();
    }
}
