package org.spotspec.model.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.pricedata.AlertSync;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.TestSessions;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;

/**
 * The watcher and the MFA session: warned before the end, paused at it without a call (a poll would
 * only fail, and a timer never prompts for a code), resumed once renewed. The session's endpoint
 * listens nowhere: a call made by mistake would fail the test.
 */
class WatchModelSessionTest {
    private final TestSessions sessions = new TestSessions();
    private final InlineCalls app = new InlineCalls();
    private final MemoryEventStore store = new MemoryEventStore();
    private final List<StoredEvent> announced = new ArrayList<>();

    @AfterEach
    void close() {
        sessions.close();
    }

    private WatchModel watcher() {
        var tasks = TaskRunner.inline();
        var events = new EventsModel(tasks, () -> store, () -> "", app.clock);
        var prices = new ArchivedPrices(new SpotPriceService(2), ArchiveHandle.none("none"), app.clock);
        var watch = new WatchModel(app.session, tasks, app.clock,
                new RegionReader(new SpotRequestService(), new InstanceService()),
                new WatchEngine(store, app.clock, "app@test"), events,
                new AlertRulesModel(), new AlertSync(prices, new PriceAlerts(store, app.clock)), () -> Double.NaN,
                new WatchRegions(List::of), Optional.empty());
        watch.addAnnouncer(announced::addAll);
        return watch;
    }

    @Test
    void anEndedSessionPausesWatchingAndARenewedOneResumesIt() {
        var watch = watcher();
        app.session.set(sessions.mfaSession(app.clock.instant().plus(Duration.ofMinutes(5))));

        watch.tick();
        assertThat(announced).extracting(e -> e.event().to()).containsExactly("ending");

        app.clock.advance(Duration.ofMinutes(6));
        watch.tick();
        assertThat(watch.stateProperty().get()).startsWith("Watching paused");
        assertThat(announced).extracting(e -> e.event().kind()).containsOnly(EventKind.SESSION);
        assertThat(announced).extracting(e -> e.event().to()).containsExactly("ending", "ended");

        app.session.set(sessions.mfaSession(app.clock.instant().plus(Duration.ofHours(12))));
        watch.tick();
        assertThat(watch.stateProperty().get()).startsWith("No region to watch");
        assertThat(store.since(app.clock.instant().minus(Duration.ofHours(1)), 10))
                .extracting(e -> e.event().to()).containsExactly("ending", "ended", "renewed");
    }

    @Test
    void signedOutItWaits() {
        var watch = watcher();
        watch.tick();

        assertThat(watch.stateProperty().get()).isEqualTo(WatchTexts.WAITING_FOR_SIGN_IN);
        assertThat(store.since(app.clock.instant().minus(Duration.ofDays(1)), 10)).isEmpty();
    }
}
