package org.spotspec.model.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.MutableClock;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.Severity;
import org.spotspec.watch.WatchEvent;

/** The Events tab's model: the history from the store, filters, acknowledging, the count, copying. */
class EventsModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
    private final MemoryEventStore store = new MemoryEventStore();
    private final EventsModel model = new EventsModel(TaskRunner.inline(), () -> store, () -> "", clock);

    private WatchEvent event(EventKind kind, String region, String id, String from, String to, String message) {
        return new WatchEvent(clock.instant(), "123456789012", region, kind, id, from, to, message, Severity.NOTIFY);
    }

    @Test
    void theHistoryIsReadOnceAndNewEventsJoinItWithoutDuplicates() {
        var old = store.append(List.of(event(EventKind.REQUEST_STATUS, "us-east-1", "sir-1", "pending-fulfillment",
                "fulfilled", "Fulfilled.")));
        model.load();
        clock.advance(Duration.ofMinutes(1));
        var fresh = store.append(List.of(event(EventKind.INTERRUPTION, "eu-west-1", "sir-2", "fulfilled",
                "marked-for-termination", "EC2 will terminate i-2 in two minutes.")));
        model.add(fresh);
        model.add(old); // delivered twice (a reload racing a poll): still one row

        assertThat(model.all()).extracting(e -> e.event().id()).containsExactly("sir-1", "sir-2");
        assertThat(model.unacknowledgedProperty().get()).isEqualTo(2);
    }

    @Test
    void filtersByTextKindAndAcknowledgement() {
        model.add(store.append(List.of(
                event(EventKind.INTERRUPTION, "eu-west-1", "sir-2", "fulfilled", "marked-for-termination", "Two minutes."),
                event(EventKind.INSTANCE_STATE, "us-east-1", "i-9", "running", "stopped", "Stopped by you."))));

        model.kindFilterProperty().set("instance-state");
        assertThat(model.rows()).extracting(e -> e.event().id()).containsExactly("i-9");
        model.kindFilterProperty().set(EventsModel.ALL_KINDS);
        model.filterTextProperty().set("EU-WEST");
        assertThat(model.rows()).extracting(e -> e.event().id()).containsExactly("sir-2");
        model.filterTextProperty().set("");

        model.acknowledge(List.of(model.rows().get(0)));
        model.unacknowledgedOnlyProperty().set(true);

        assertThat(model.rows()).extracting(e -> e.event().id()).containsExactly("i-9");
        assertThat(model.unacknowledgedProperty().get()).isEqualTo(1);
        assertThat(store.unacknowledged()).isEqualTo(1);
    }

    @Test
    void revealingAFilteredOutEventClearsTheFilters() {
        var stored = store.append(List.of(event(EventKind.PRICE_ALERT, "us-east-1", "m5.large", "", "above", "High.")));
        model.add(stored);
        model.kindFilterProperty().set("interruption");

        model.reveal(stored.get(0));

        assertThat(model.rows()).hasSize(1);
        assertThat(model.revealedProperty().get()).isEqualTo(stored.get(0));
    }

    @Test
    void copiedEventsAreTabSeparatedWithAHeader() {
        var stored = store.append(List.of(event(EventKind.INTERRUPTION, "eu-west-1", "sir-2", "fulfilled",
                "marked-for-termination", "EC2 will\tterminate\ni-2.")));

        assertThat(EventTexts.copyText(stored, ZoneOffset.UTC)).isEqualTo("time\tregion\tkind\tid\tfrom\tto\tmessage\n"
                + "2030-01-01 12:00:00\teu-west-1\tinterruption\tsir-2\tfulfilled\tmarked-for-termination\t"
                + "EC2 will terminate i-2.\n");
        assertThat(EventTexts.change(stored.get(0).event())).isEqualTo("fulfilled → marked-for-termination");
        assertThat(EventTexts.title(stored.get(0).event())).isEqualTo("Interruption notice — eu-west-1");
    }
}
