package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.cli.output.Printer;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.Severity;
import org.spotspec.watch.WatchEvent;

/** How stored events are listed and watched events printed, and how --since is read. */
class EventsCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final WatchEvent NOTICE = new WatchEvent(NOW, "123456789012", "eu-west-1", EventKind.INTERRUPTION,
            "sir-1a2b3c4d", "fulfilled", "marked-for-termination", "EC2 will terminate \"it\"\nsoon.", Severity.URGENT);

    @Test
    void storedEventsPrintAsJsonAndCsvWithEveryField() {
        var store = new MemoryEventStore();
        store.append(List.of(NOTICE));

        var rows = EventsCommand.rows(store.since(NOW.minusSeconds(1), 10));

        assertThat(Parsed.json(Printer.json(rows))).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("kind", "interruption").containsEntry("from", "fulfilled")
                .containsEntry("to", "marked-for-termination").containsEntry("severity", "urgent")
                .containsEntry("acknowledged", false).containsEntry("time", "2026-11-27T10:00:00Z"));
        assertThat(Parsed.csv(Printer.csv(rows))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("message", "EC2 will terminate \"it\"\nsoon.").containsEntry("region", "eu-west-1"));
        assertThat(Printer.table(rows)).contains("TIME", "interruption", "sir-1a2b3c4d").doesNotContain("\nsoon");
    }

    @Test
    void aWatchedEventIsOneLineEitherWay() {
        assertThat(Parsed.json("[" + EventLines.json(NOTICE) + "]")).singleElement().satisfies(e -> assertThat(e)
                .containsOnlyKeys("time", "region", "kind", "id", "from", "to", "message", "severity", "account")
                .containsEntry("message", "EC2 will terminate \"it\"\nsoon."));
        assertThat(EventLines.json(NOTICE)).doesNotContain("\n");
        assertThat(EventLines.table(NOTICE)).doesNotContain("\n").contains("2026-11-27T10:00:00Z", "eu-west-1",
                "interruption", "fulfilled → marked-for-termination", "EC2 will terminate");
    }

    @Test
    void sinceTakesADurationBackOrATime() {
        assertThat(Times.since("--since", "30m", NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(Times.since("--since", "24h", NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(Times.since("--since", "7d", NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(Times.since("--since", "2026-11-20T10:00Z", NOW)).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThatThrownBy(() -> Times.since("--since", "0h", NOW)).hasMessageContaining("--since");
        assertThatThrownBy(() -> Times.since("--since", "soon", NOW)).hasMessageContaining("30m, 24h or 7d");
    }
}
