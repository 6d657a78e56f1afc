package org.spotspec.model.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.model.session.SessionState;
import org.spotspec.pricedata.AlertSync;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.WireSession;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.Severity;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;

/**
 * The app's watcher over real HTTP (WireMock with EC2's XML), ticked by hand with a test clock:
 * polls when due and only then, turns a change into an event the Events tab and the notifications
 * get, stays quiet while turned off, and pauses without a call while the session has ended.
 */
class WatchModelWireTest {
    @RegisterExtension
    final WireSession wire = new WireSession();

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
    private final MemoryEventStore store = new MemoryEventStore();
    private final List<StoredEvent> announced = new ArrayList<>();
    private SessionState session;
    private EventsModel events;
    private WatchModel watch;

    @BeforeEach
    void setUp() {
        session = new SessionState(clock);
        session.set(wire.session()); // signed in before the watcher is made: it polls at once
        events = new EventsModel(TaskRunner.inline(), () -> store, () -> "", clock);
        watch = watcher(session);
        watch.addAnnouncer(announced::addAll);
        requests("active", "fulfilled");
        instances("running");
    }

    private WatchModel watcher(SessionState signedIn) {
        var prices = new ArchivedPrices(new SpotPriceService(2), ArchiveHandle.none("no archive in this test"), clock);
        return new WatchModel(signedIn, TaskRunner.inline(), clock,
                new RegionReader(new SpotRequestService(), new InstanceService()),
                new WatchEngine(store, clock, "app@test"), events, new AlertRulesModel(),
                new AlertSync(prices, new PriceAlerts(store, clock)), () -> Double.NaN,
                new WatchRegions(() -> List.of(wire.session().region().id())), Optional.empty());
    }

    private void requests(String state, String code) {
        wire.aws().ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null,
                Ec2Fixtures.spotRequest("sir-11111111", state, code, "i-0aaa1111bbbb22223")));
    }

    private void instances(String state) {
        wire.aws().ec2Page("DescribeInstances", null, null, Ec2Fixtures.describeInstances(null,
                Ec2Fixtures.instance("i-0aaa1111bbbb22223", state, "sir-11111111")));
    }

    @Test
    void anInterruptionNoticeReachesTheEventsTabAndTheNotificationsAtTheNextPoll() {
        watch.tick(); // the first poll: what is there now is the baseline, nothing to tell
        assertThat(events.all()).isEmpty();
        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isEqualTo(1);

        requests("active", "marked-for-termination");
        clock.advance(Duration.ofSeconds(30));
        watch.tick();
        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        watch.tick();

        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isEqualTo(2);
        assertThat(wire.aws().count("DescribeInstances")).isEqualTo(2);
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.event().kind()).isEqualTo(EventKind.INTERRUPTION);
            assertThat(e.event().severity()).isEqualTo(Severity.URGENT);
            assertThat(e.event().id()).isEqualTo("sir-11111111");
        });
        assertThat(announced).hasSize(1);
        assertThat(events.unacknowledgedProperty().get()).isEqualTo(1);
        assertThat(watch.stateProperty().get()).startsWith("Watching " + wire.session().region().id() + " every 60 s");
    }

    @Test
    void afterASignInTheFirstPollWaitsForTheSignInsOwnLookups() {
        var later = new SessionState(clock);
        var watcher = watcher(later);
        later.set(wire.session());
        watcher.tick();
        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isZero();

        clock.advance(WatchModel.FIRST_POLL_DELAY);
        watcher.tick();
        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isEqualTo(1);
    }

    @Test
    void throttlingSlowsTheRegionDownAndSaysSo() {
        wire.aws().ec2Error("DescribeSpotInstanceRequests", null, 503, "RequestLimitExceeded", "Request limit exceeded.");
        watch.tick();

        assertThat(watch.stateProperty().get()).contains("eu-west-1: EC2 is throttling, polled every 2 min for now");
        clock.advance(Duration.ofSeconds(60));
        int calls = wire.aws().count("DescribeSpotInstanceRequests");
        watch.tick();
        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).as("not due after 60 s").isEqualTo(calls);
        assertThat(events.all()).extracting(e -> e.event().kind()).containsOnly(EventKind.WATCH);
    }

    @Test
    void turnedOffItMakesNoCall() {
        watch.enabledProperty().set(false);
        watch.tick();

        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isZero();
        assertThat(watch.stateProperty().get()).startsWith("Not watching");
    }

    @Test
    void aShorterIntervalPollsSooner() {
        watch.intervalSecondsProperty().set(5);
        watch.tick();
        clock.advance(Duration.ofSeconds(5));
        watch.tick();

        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isEqualTo(2);
        assertThat(watch.stateProperty().get()).contains("every 5 s");
    }

    @Test
    void aStoppedInstanceIsAnEventAndAcknowledgingClearsTheCount() {
        watch.tick();
        instances("stopped");
        clock.advance(Duration.ofSeconds(60));
        watch.tick();

        assertThat(events.all()).extracting(e -> e.event().kind()).containsExactly(EventKind.INSTANCE_STATE);
        events.acknowledgeAll();

        assertThat(events.unacknowledgedProperty().get()).isZero();
        assertThat(store.unacknowledged()).isZero();
    }
}
