package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.PriceAlertRule;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.watch.StoredEvent;

/**
 * Price alerts as the app runs them: prices read from a real SQLite archive, verdicts kept in its
 * event store, and SpotSpec closed and started again between two checks.
 */
class ArchivedPriceAlertsTest {
    private static final Instant NOW = Instant.parse("2026-03-05T11:00:00Z");
    private static final SeriesKey A = new SeriesKey("us-east-1", "us-east-1a", "m5.large", "Linux/UNIX");
    private static final SeriesKey B = new SeriesKey("us-east-1", "us-east-1b", "m5.large", "Linux/UNIX");
    private static final List<PriceAlertRule> RULES = PriceAlertRule.parseAll("m5.large,us-east-1,>0.05;"
            + "m5.large,us-east-1,us-east-1b,+10%/2h");

    @TempDir
    Path temp;

    private PriceArchive open() {
        return PriceArchives.openEmbedded(temp.resolve(PriceArchives.FILE_NAME));
    }

    private static void sync(PriceArchive archive, Instant from, Instant to, SeriesKey key, Instant at, int micros) {
        var history = new PriceHistory.Builder(from, to).add(key, at.toEpochMilli(), micros).build();
        archive.write(new ArchiveBatch(history, List.of(SpanKey.of(key)), from, to));
    }

    private static List<StoredEvent> check(PriceArchive archive, Instant now) {
        return new PriceAlerts(archive.events(), Clock.fixed(now, ZoneOffset.UTC)).check(RULES, archive::read,
                OptionalDouble.empty());
    }

    @Test
    void anAlertFiredBeforeARestartIsNotFiredAgainAfterIt() {
        var dayBefore = NOW.minus(Duration.ofDays(1));
        try (var archive = open()) {
            sync(archive, dayBefore, NOW, A, NOW.minus(Duration.ofMinutes(18)), 52_100);
            sync(archive, dayBefore, NOW, B, NOW.minus(Duration.ofHours(5)), 40_000);
            assertThat(check(archive, NOW)).singleElement().satisfies(e -> {
                assertThat(e.event().kind()).isEqualTo(EventKind.PRICE_ALERT);
                assertThat(e.event().message()).isEqualTo("m5.large in us-east-1a (Linux/UNIX) is $0.052100/h,"
                        + " above your alert at $0.050000/h (since 10:42 UTC)");
            });
        }

        var later = NOW.plus(Duration.ofMinutes(15));
        try (var archive = open()) { // SpotSpec started again; the next sync brings a rise in zone b
            sync(archive, NOW, later, B, later.minus(Duration.ofMinutes(1)), 44_000);
            var fired = check(archive, later);

            assertThat(fired).extracting(e -> e.event().id()).containsExactly("m5.large us-east-1b Linux/UNIX");
            assertThat(fired.get(0).event().message()).contains("up 10% from $0.040000/h within 2h");
            assertThat(archive.events().since(Instant.MIN, 10)).extracting(e -> e.event().id())
                    .containsExactly("m5.large us-east-1a Linux/UNIX", "m5.large us-east-1b Linux/UNIX");
            assertThat(archive.events().unacknowledged()).isEqualTo(2);
        }
        try (var archive = open()) {
            assertThat(check(archive, later.plus(Duration.ofMinutes(15)))).isEmpty();
        }
    }
}
