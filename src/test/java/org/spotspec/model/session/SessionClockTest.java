package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestSessions;

/**
 * The main window's session clock without a window: the banner before and at expiry, and the MFA
 * prompt that opens by itself once the session has ended, after the pulse that ended it. The
 * prompt answers "cancel" and records what it was asked.
 */
class SessionClockTest {
    private static final Instant EXPIRY = Instant.parse("2030-01-01T12:00:00Z");

    private final TestSessions sessions = new TestSessions();
    private final MutableClock time = new MutableClock(EXPIRY.minus(Duration.ofHours(1)));
    private final SessionState session = new SessionState(time);
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private final Queue<Runnable> afterPulse = new ArrayDeque<>();
    private final ActivityLog log = new ActivityLog(Runnable::run, time);
    private final AwsCalls calls = new AwsCalls(TaskRunner.inline(), session, null, prompt -> {
        prompts.add(prompt);
        return Optional.empty();
    }, new StatusState(log), log);
    private final SessionClock clock = new SessionClock(session, calls, afterPulse::add);

    @AfterEach
    void tearDown() {
        session.clear();
        sessions.close();
    }

    private void at(Instant now) {
        time.set(now);
        clock.tick();
    }

    private void endOfPulse() {
        while (!afterPulse.isEmpty()) {
            afterPulse.remove().run();
        }
    }

    @Test
    void shortlyBeforeTheEndABannerOffersRenewal() {
        session.set(sessions.mfaSession(EXPIRY));
        at(EXPIRY.minus(SessionState.WARN_BEFORE).minusSeconds(1));
        assertThat(clock.bannerProperty().get()).isNull();

        at(EXPIRY.minus(SessionState.WARN_BEFORE));
        assertThat(clock.bannerProperty().get().urgency()).isEqualTo(SessionClock.Urgency.WARNING);
        assertThat(clock.bannerProperty().get().text()).contains("under 10 minutes");
        assertThat(session.remainingProperty().get()).isEqualTo(SessionState.WARN_BEFORE);
    }

    @Test
    void atTheEndTheBannerSaysSoAndThePromptOpensAfterThePulse() {
        clock.shownProperty().set(true);
        session.set(sessions.mfaSession(EXPIRY));

        at(EXPIRY);
        assertThat(clock.bannerProperty().get().urgency()).isEqualTo(SessionClock.Urgency.DANGER);
        assertThat(clock.bannerProperty().get().text()).contains("has expired");
        assertThat(prompts).as("no dialog inside the pulse").isEmpty();

        endOfPulse();
        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("Your MFA session has expired.");
            assertThat(p.serial()).isEqualTo(org.spotspec.testing.AwsStub.MFA_SERIAL);
        });
        at(EXPIRY.plusSeconds(1));
        endOfPulse();
        assertThat(prompts).as("asked once, not every second").hasSize(1);
    }

    @Test
    void noPromptWhileTheMainViewIsNotShown() {
        session.set(sessions.mfaSession(EXPIRY));
        at(EXPIRY);
        endOfPulse();
        assertThat(clock.bannerProperty().get().urgency()).isEqualTo(SessionClock.Urgency.DANGER);
        assertThat(prompts).isEmpty();
    }

    @Test
    void noPromptWhenTheSessionWasRenewedOrClosedMeanwhile() {
        clock.shownProperty().set(true);
        session.set(sessions.mfaSession(EXPIRY));
        at(EXPIRY);
        session.set(sessions.mfaSession(EXPIRY.plus(Duration.ofHours(1))));
        endOfPulse();
        assertThat(prompts).isEmpty();
        assertThat(clock.bannerProperty().get()).as("a new session, no banner").isNull();

        session.set(sessions.mfaSession(EXPIRY));
        session.clear();
        endOfPulse();
        assertThat(prompts).isEmpty();
    }

    @Test
    void theBannerCanBeDismissed() {
        session.set(sessions.mfaSession(EXPIRY));
        at(EXPIRY.minusSeconds(60));
        clock.dismissBanner();
        assertThat(clock.bannerProperty().get()).isNull();
    }

    @Test
    void onlyAnMfaSessionIsRenewable() {
        assertThat(clock.renewableProperty().get()).as("signed out").isFalse();
        session.set(sessions.typedKeys());
        assertThat(clock.renewableProperty().get()).isFalse();
        session.set(sessions.mfaSession(EXPIRY));
        assertThat(clock.renewableProperty().get()).isTrue();
    }

    @Test
    void keysWithoutExpiryShowNoBannerEver() {
        clock.shownProperty().set(true);
        session.set(sessions.typedKeys());
        at(EXPIRY.plus(Duration.ofDays(400)));
        endOfPulse();
        assertThat(clock.bannerProperty().get()).isNull();
        assertThat(prompts).isEmpty();
    }
}
