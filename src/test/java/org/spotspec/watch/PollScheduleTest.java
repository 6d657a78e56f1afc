package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsProblem;
import org.spotspec.testing.MutableClock;

class PollScheduleTest {
    private static final AwsProblem THROTTLED = new AwsProblem("Read", "RequestLimitExceeded", "Too many requests.",
            "Wait.", "req-1", 503, AwsProblem.Kind.THROTTLED, "Request limit exceeded.");
    private static final AwsProblem DENIED = new AwsProblem("Read", "UnauthorizedOperation", "Not allowed.",
            "Ask for the permission.", "req-2", 403, AwsProblem.Kind.PERMISSION, "");

    private final MutableClock clock = new MutableClock(Rows.NOW);
    private final PollSchedule schedule = new PollSchedule(clock);

    @BeforeEach
    void watchTwoRegions() {
        schedule.regions(List.of("us-east-1", "eu-west-1"));
    }

    @Test
    void newRegionsAreDueAtOnceThenEveryInterval() {
        assertThat(schedule.due()).containsExactly("us-east-1", "eu-west-1");
        schedule.succeeded("us-east-1");
        schedule.succeeded("eu-west-1");
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextPoll("us-east-1")).contains(Rows.NOW.plusSeconds(60));

        clock.advance(Duration.ofSeconds(59));
        assertThat(schedule.due()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(schedule.due()).containsExactly("us-east-1", "eu-west-1");
    }

    @Test
    void aRegionInFlightIsNeverDueTwice() {
        assertThat(schedule.due()).hasSize(2);
        clock.advance(Duration.ofMinutes(5));

        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextPoll("eu-west-1")).isEmpty();
        assertThat(schedule.statuses()).allMatch(RegionStatus::inFlight);
    }

    @Test
    void theIntervalIsAtLeastFiveSeconds() {
        schedule.interval(Duration.ofSeconds(1));

        assertThat(schedule.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.interval("eu-west-1")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void throttlingDoublesTheIntervalUpToTheCapAndSuccessBringsItBackStepByStep() {
        schedule.due();
        var first = schedule.failed("eu-west-1", THROTTLED);
        assertThat(first).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.WATCH);
            assertThat(e.region()).isEqualTo("eu-west-1");
            assertThat(e.message()).contains("RequestLimitExceeded", "polling every 120 s");
        });
        assertThat(schedule.interval("eu-west-1")).isEqualTo(Duration.ofSeconds(120));
        assertThat(schedule.interval("us-east-1")).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 6; i++) {
            clock.advance(schedule.interval("eu-west-1"));
            assertThat(schedule.due()).contains("eu-west-1");
            schedule.failed("eu-west-1", THROTTLED);
        }
        assertThat(schedule.interval("eu-west-1")).isEqualTo(PollSchedule.MAX_INTERVAL);
        clock.advance(PollSchedule.MAX_INTERVAL);
        schedule.due();
        assertThat(schedule.failed("eu-west-1", THROTTLED)).as("at the cap: nothing new to tell").isEmpty();

        var back = new java.util.ArrayList<Duration>();
        List<WatchEvent> last = List.of();
        while (schedule.interval("eu-west-1").compareTo(Duration.ofSeconds(60)) > 0) {
            clock.advance(schedule.interval("eu-west-1"));
            schedule.due();
            last = schedule.succeeded("eu-west-1");
            back.add(schedule.interval("eu-west-1"));
        }
        assertThat(back).containsExactly(Duration.ofSeconds(450), Duration.ofSeconds(225), Duration.ofSeconds(112)
                .plusMillis(500), Duration.ofSeconds(60));
        assertThat(last).singleElement().satisfies(e -> assertThat(e.message()).contains("every 60 s again"));
    }

    @Test
    void aRegionThatCannotBeReadIsToldOncePerErrorCodeAndWhenReadAgain() {
        schedule.due();
        assertThat(schedule.failed("us-east-1", DENIED)).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("UnauthorizedOperation");
            assertThat(e.severity()).isEqualTo(Severity.NOTIFY);
            assertThat(e.message()).contains("Cannot read region us-east-1", "Ask for the permission");
        });
        clock.advance(Duration.ofSeconds(60));
        schedule.due();
        assertThat(schedule.failed("us-east-1", DENIED)).isEmpty();
        assertThat(schedule.statuses().get(0).problem()).contains("UnauthorizedOperation");

        clock.advance(Duration.ofSeconds(60));
        schedule.due();
        assertThat(schedule.succeeded("us-east-1")).singleElement().satisfies(e -> assertThat(e.message())
                .contains("read again"));
        assertThat(schedule.statuses().get(0).problem()).isEmpty();
        assertThat(schedule.statuses().get(0).lastRead()).contains(clock.instant());
    }

    @Test
    void anEndedSessionIsLeftToTheSessionWatch() {
        schedule.due();
        var expired = new AwsProblem("Read", "ExpiredToken", "Expired.", "Renew.", "", 400,
                AwsProblem.Kind.EXPIRED_SESSION, "");

        assertThat(schedule.failed("eu-west-1", expired)).isEmpty();
        assertThat(schedule.nextPoll("eu-west-1")).contains(Rows.NOW.plusSeconds(60));
    }

    @Test
    void regionsLeftOutAreForgottenAndThoseKeptKeepTheirTiming() {
        schedule.due();
        schedule.succeeded("eu-west-1");

        schedule.regions(List.of("eu-west-1", "ap-south-1"));

        assertThat(schedule.regions()).containsExactly("eu-west-1", "ap-south-1");
        assertThat(schedule.due()).containsExactly("ap-south-1");
    }

    @Test
    void throttlingIsToldOnceAsItStartsNotAtEachSlowDown() {
        schedule.regions(List.of("eu-west-1"));
        schedule.due();
        assertThat(schedule.failed("eu-west-1", THROTTLED)).hasSize(1);
        clock.advance(schedule.interval("eu-west-1"));
        schedule.due();

        assertThat(schedule.failed("eu-west-1", THROTTLED)).isEmpty();
        assertThat(schedule.interval("eu-west-1")).isEqualTo(Duration.ofSeconds(240));
    }
}
