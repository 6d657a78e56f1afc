package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.SeriesKey;

class PriceAlertsTest {
    private static final Instant NOW = Instant.parse("2026-03-05T11:00:00Z");
    private static final SeriesKey A = new SeriesKey("us-east-1", "us-east-1a", "m5.large", "Linux/UNIX");
    private static final SeriesKey B = new SeriesKey("us-east-1", "us-east-1b", "m5.large", "Linux/UNIX");
    private static final SeriesKey WINDOWS = new SeriesKey("us-east-1", "us-east-1a", "m5.large", "Windows");

    private final MemoryEventStore store = new MemoryEventStore();
    private final MutableClock clock = new MutableClock(NOW);
    private final PriceAlerts alerts = new PriceAlerts(store, clock);
    /** Points per series: (time, micro-dollars), in time order. */
    private final Map<SeriesKey, TreeMap<Instant, Integer>> points = new TreeMap<>();
    private final List<PriceQuery> queries = new ArrayList<>();

    private final Function<PriceQuery, PriceHistory> prices = q -> {
        queries.add(q);
        var builder = new PriceHistory.Builder(q.start(), q.end());
        points.forEach((key, byTime) -> byTime.forEach((t, micros) -> builder.add(key, t.toEpochMilli(), micros)));
        return builder.build(); // the series of other rules too, as an archive read of a wide query would
    };

    private void price(SeriesKey key, String time, int micros) {
        points.computeIfAbsent(key, k -> new TreeMap<>()).put(Instant.parse("2026-03-05T" + time + ":00Z"), micros);
    }

    private List<StoredEvent> check(String rule) {
        return alerts.check(List.of(PriceAlertRule.parse(rule)), prices, OptionalDouble.empty());
    }

    @Test
    void anAlertFiresOnceWhenThePriceGoesAboveItsLineAndSaysWhereWhatAndSinceWhen() {
        price(A, "09:00", 48_000);
        price(A, "10:42", 52_100);
        price(B, "09:00", 45_000);

        var fired = check("m5.large,us-east-1,>0.05");

        assertThat(fired).singleElement().satisfies(e -> {
            assertThat(e.event().message()).isEqualTo("m5.large in us-east-1a (Linux/UNIX) is $0.052100/h,"
                    + " above your alert at $0.050000/h (since 10:42 UTC)");
            assertThat(e.event()).extracting(WatchEvent::kind, WatchEvent::severity, WatchEvent::region, WatchEvent::id,
                    WatchEvent::from, WatchEvent::to, WatchEvent::time).containsExactly(EventKind.PRICE_ALERT,
                    Severity.NOTIFY, "us-east-1", "m5.large us-east-1a Linux/UNIX", "", "above", NOW);
        });
        assertThat(store.alertStates()).containsOnlyKeys("m5.large,us-east-1,>0.05|m5.large us-east-1a Linux/UNIX",
                "m5.large,us-east-1,>0.05|m5.large us-east-1b Linux/UNIX");
        clock.advance(Duration.ofMinutes(15));
        assertThat(check("m5.large,us-east-1,>0.05")).isEmpty();
        assertThat(new PriceAlerts(store, clock).check(List.of(PriceAlertRule.parse("m5.large,us-east-1,>0.05")), prices,
                OptionalDouble.empty())).as("after a restart, with the states stored").isEmpty();
    }

    @Test
    void aPriceHoveringAtTheLineFiresOnceAndAClearFallReArmsQuietly() {
        var rule = "m5.large,us-east-1,us-east-1a,>0.05";
        var notified = 0;
        var messages = new ArrayList<String>();
        int[] walk = {50_100, 50_000, 50_100, 49_600, 50_200, 49_500, 50_300};
        for (int i = 0; i < walk.length; i++) {
            price(A, String.format("10:%02d", i * 5), walk[i]);
            clock.set(Instant.parse("2026-03-05T10:00:00Z").plus(Duration.ofMinutes(i * 5L + 1)));
            for (var e : check(rule)) {
                notified += e.event().severity().notifies() ? 1 : 0;
                messages.add(e.event().severity() + " " + e.event().message());
            }
        }

        assertThat(notified).as("fired at 50,100 and again only after the clear fall to 49,500").isEqualTo(2);
        assertThat(messages).containsExactly(
                "NOTIFY m5.large in us-east-1a (Linux/UNIX) is $0.050100/h, above your alert at $0.050000/h (since 10:00 UTC)",
                "INFO m5.large in us-east-1a (Linux/UNIX) is back below your alert at $0.050000/h: $0.049500/h",
                "NOTIFY m5.large in us-east-1a (Linux/UNIX) is $0.050300/h, above your alert at $0.050000/h (since 10:30 UTC)");
    }

    @Test
    void belowSaysSinceWhenThePriceHasBeenUnderTheLine() {
        price(A, "08:00", 40_000);
        price(A, "09:00", 29_000);
        price(A, "10:00", 28_000);

        assertThat(check("m5.large,us-east-1,<0.03")).singleElement().extracting(e -> e.event().message())
                .isEqualTo("m5.large in us-east-1a (Linux/UNIX) is $0.028000/h, below your alert at $0.030000/h"
                        + " (since 09:00 UTC)");
    }

    @Test
    void aTinyPriceIsNeverShownAsZeroAndAnEarlierDayIsNamed() {
        points.computeIfAbsent(A, k -> new TreeMap<>()).put(Instant.parse("2026-03-04T23:10:00Z"), 4);

        assertThat(check("m5.large,us-east-1,<0.00001")).singleElement().extracting(e -> e.event().message())
                .isEqualTo("m5.large in us-east-1a (Linux/UNIX) is $0.000004/h, below your alert at $0.000010/h"
                        + " (since 4 Mar 23:10 UTC)");
    }

    @Test
    void aboveMyMaxPriceIsSkippedOnceWithoutAMaxPriceThenComparedWithTheOneGiven() {
        price(A, "10:00", 52_000);
        price(B, "10:00", 50_000);
        var rule = List.of(PriceAlertRule.parse("m5.large,us-east-1,>max"));

        var skipped = alerts.check(rule, prices, OptionalDouble.empty());
        assertThat(skipped).singleElement().satisfies(e -> {
            assertThat(e.event().severity()).isEqualTo(Severity.INFO);
            assertThat(e.event().message()).contains("m5.large in us-east-1 (Linux/UNIX): above your max price")
                    .contains("none is set");
        });
        assertThat(queries).isEmpty();
        assertThat(alerts.check(rule, prices, OptionalDouble.empty())).isEmpty();

        var fired = alerts.check(rule, prices, OptionalDouble.of(0.05));
        assertThat(fired).singleElement().extracting(e -> e.event().message()).isEqualTo("m5.large in us-east-1a"
                + " (Linux/UNIX) is $0.052000/h, above your max price $0.050000/h (since 10:00 UTC): a request at that"
                + " max price is interrupted or not fulfilled");
        assertThat(alerts.check(rule, prices, OptionalDouble.empty())).as("said again when it is gone again").hasSize(1);
    }

    @Test
    void aRiseComparesTheLatestPriceWithTheLowestWithinTheWindowOnly() {
        price(A, "08:00", 30_000); // before the window: not its low
        price(A, "09:50", 50_000); // in effect at the window's start (10:00)
        price(A, "10:40", 55_000);
        var rule = "m5.large,us-east-1,us-east-1a,+20%/1h";
        assertThat(check(rule)).isEmpty();

        price(A, "10:50", 60_000);
        assertThat(check(rule)).singleElement().extracting(e -> e.event().message()).isEqualTo("m5.large in us-east-1a"
                + " (Linux/UNIX) is $0.060000/h, up 20% from $0.050000/h within 1h (your alert: +20%; since 10:50 UTC)");

        clock.set(Instant.parse("2026-03-05T12:00:00Z"));
        assertThat(check(rule)).singleElement().satisfies(e -> {
            assertThat(e.event().severity()).isEqualTo(Severity.INFO);
            assertThat(e.event().message()).isEqualTo("m5.large in us-east-1a (Linux/UNIX) has settled at $0.060000/h,"
                    + " less than 20% above its lowest within 1h");
        });
    }

    @Test
    void eachZoneIsJudgedOnItsOwnAndOtherSeriesAreIgnored() {
        price(A, "10:00", 60_000);
        price(B, "10:00", 70_000);
        price(WINDOWS, "10:00", 90_000);

        var fired = check("m5.large,us-east-1,>0.05");

        assertThat(fired).extracting(e -> e.event().id()).containsExactly("m5.large us-east-1a Linux/UNIX",
                "m5.large us-east-1b Linux/UNIX");
        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.start()).isEqualTo(NOW.minus(Duration.ofDays(1)));
            assertThat(q.end()).isEqualTo(NOW);
            assertThat(q.products()).containsExactly("Linux/UNIX");
        });
        check("m5.large,us-east-1,+50%/7d");
        assertThat(queries.get(1).start()).as("a window longer than a day is read whole").isEqualTo(NOW.minus(Duration.ofDays(7)));
    }

    @Test
    void aConditionFalseAtFirstIsRememberedSilentlyAndTheSameRuleTwiceIsJudgedOnce() {
        price(A, "10:00", 40_000);
        var rule = PriceAlertRule.parse("m5.large,us-east-1,>0.05");

        assertThat(alerts.check(List.of(rule, PriceAlertRule.parse(" M5.LARGE,us-east-1,>0.050")), prices,
                OptionalDouble.empty())).isEmpty();
        assertThat(store.alertStates()).containsExactly(Map.entry(rule.key() + "|m5.large us-east-1a Linux/UNIX", "below"));
        assertThat(queries).hasSize(1);
        assertThat(store.since(Instant.MIN, 10)).isEmpty();
    }

    @Test
    void theSeriesToSyncAreEachRegionTypeAndProductOnce() {
        var rules = PriceAlertRule.parseAll("m5.large,us-east-1+eu-west-1,>0.05;m5.large,us-east-1,us-east-1a,<0.01;"
                + "c5.large,eu-west-1,Windows,>max");

        assertThat(PriceAlerts.seriesToSync(rules)).containsExactly(new PriceSyncKey("eu-west-1", "c5.large", "Windows"),
                new PriceSyncKey("eu-west-1", "m5.large", "Linux/UNIX"), new PriceSyncKey("us-east-1", "m5.large", "Linux/UNIX"));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
