package org.spotspec.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.watch.PriceAlertRule.Condition;

/**
 * Checks price alert rules against recent prices (after each archive sync) and fires an event
 * when a rule's condition becomes true on a series — once: the verdict per rule and series is
 * kept in the {@link EventStore}, so neither the next check nor a restart repeats it. A condition
 * that clearly stops holding re-arms the alert with an INFO event; one that hovers at the line
 * stays fired (see {@link PriceAlertVerdict}).
 *
 * <p>Checks of one instance run one at a time (a timer's and a "check now" never both fire an
 * alert). Two processes checking the same rules on one team archive can each fire it once: the
 * states are read, then written, in two transactions.
 */
public final class PriceAlerts {
    /** Read at least this far back, so a series whose price has not changed for hours still has its price. */
    private static final Duration SHORTEST_LOOKBACK = Duration.ofDays(1);
    private static final String MAX_PRICE_STATE = "|max-price";

    private final EventStore store;
    private final Clock clock;
    private final String prefix;

    public PriceAlerts(EventStore store, Clock clock) {
        this(store, clock, "");
    }

    /**
     * @param watcher names this watcher's alert states, as {@link WatchEngine}'s snapshots: the app and
     *                {@code spotspec watch} on one archive each tell their user when a rule fires
     */
    public PriceAlerts(EventStore store, Clock clock, String watcher) {
        this.store = store;
        this.clock = clock;
        this.prefix = watcher == null || watcher.isEmpty() ? "" : watcher + "#";
    }

    /**
     * Judges every rule on every series it covers (each zone of each region) and stores the changed
     * verdicts with their events in one transaction.
     *
     * @param prices     reads prices, e.g. {@code archive::read}; its failure ends the check with nothing stored
     * @param myMaxPrice the max price ABOVE_MAX_PRICE rules compare with; without one they are skipped,
     *                   with one INFO event saying so (once, until a max price is given)
     * @return this check's events as stored: alerts fired (NOTIFY), alerts re-armed and {@code >max} rules
     *     skipped (INFO); empty when nothing changed
     */
    public synchronized List<StoredEvent> check(List<PriceAlertRule> rules, Function<PriceQuery, PriceHistory> prices,
                                                OptionalDouble myMaxPrice) {
        // Whole seconds, as the watcher's other events: finer would only look precise.
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var run = new Run(now, mine(store.alertStates()));
        for (var rule : distinct(rules)) {
            var line = run.line(rule, myMaxPrice);
            if (line >= 0) {
                var history = prices.apply(rule.query(run.now.minus(lookback(rule)), run.now));
                for (var series : history.series()) {
                    if (rule.covers(series.key()) && !series.isEmpty()) {
                        run.judge(rule, series, line);
                    }
                }
            }
        }
        return run.changed.isEmpty() && run.events.isEmpty() ? List.of()
                : store.recordAlerts(prefixed(run.changed), run.events);
    }

    /** This watcher's states, without its prefix (with none: the states no other watcher named). */
    private java.util.Map<String, String> mine(java.util.Map<String, String> all) {
        var mine = new java.util.HashMap<String, String>();
        all.forEach((key, state) -> {
            if (prefix.isEmpty() ? !key.contains("#") : key.startsWith(prefix)) {
                mine.put(key.substring(prefix.length()), state);
            }
        });
        return mine;
    }

    private java.util.Map<String, String> prefixed(java.util.Map<String, String> states) {
        var out = new java.util.LinkedHashMap<String, String>();
        states.forEach((key, state) -> out.put(prefix + key, state));
        return out;
    }

    /** Every (region, type, product) the rules need kept up to date by the archive sync, sorted, once each. */
    public static List<PriceSyncKey> seriesToSync(List<PriceAlertRule> rules) {
        var keys = new TreeSet<PriceSyncKey>();
        rules.forEach(r -> keys.addAll(r.seriesToSync()));
        return List.copyOf(keys);
    }

    /** One check: its time, the states known before it, and what it changes. */
    private static final class Run {
        private final Instant now;
        private final Map<String, String> known;
        private final Map<String, String> changed = new TreeMap<>();
        private final List<WatchEvent> events = new ArrayList<>();

        Run(Instant now, Map<String, String> known) {
            this.now = now;
            this.known = known;
        }

        /** The line in micro-dollars (0 for RISE), or -1 when an ABOVE_MAX_PRICE rule has no max price to compare with. */
        int line(PriceAlertRule rule, OptionalDouble myMaxPrice) {
            if (rule.condition() != Condition.ABOVE_MAX_PRICE) {
                return rule.condition() == Condition.RISE ? 0 : rule.lineMicros();
            }
            var key = rule.key() + MAX_PRICE_STATE;
            var state = myMaxPrice.isPresent() && myMaxPrice.getAsDouble() > 0 ? "given" : "missing";
            var previous = known.getOrDefault(key, "");
            if (!state.equals(previous)) {
                changed.put(key, state);
                if (state.equals("missing")) {
                    events.add(new WatchEvent(now, "", "", EventKind.PRICE_ALERT, rule.text(), previous, state,
                            PriceAlertMessages.noMaxPrice(rule), Severity.INFO));
                }
            }
            return state.equals("missing") ? -1 : toMicros(myMaxPrice.getAsDouble());
        }

        void judge(PriceAlertRule rule, PriceSeries series, int line) {
            var key = rule.key() + "|" + PriceAlertMessages.seriesId(series.key());
            var verdict = PriceAlertVerdict.judge(rule, series, line, now);
            var previous = known.getOrDefault(key, "");
            var fired = firedState(rule.condition());
            String next;
            if (verdict.holds()) {
                next = fired;
            } else {
                next = previous.equals(fired) && !verdict.clearlyOff() ? fired : armedState(rule.condition());
            }
            if (next.equals(previous)) {
                return;
            }
            changed.put(key, next);
            if (next.equals(fired)) {
                events.add(event(now, series.key(), previous, next, PriceAlertMessages.fired(rule, series.key(), verdict, now),
                        Severity.NOTIFY));
            } else if (previous.equals(fired)) {
                events.add(event(now, series.key(), previous, next, PriceAlertMessages.rearmed(rule, series.key(), verdict),
                        Severity.INFO));
            }
        }
    }

    private static WatchEvent event(Instant now, SeriesKey series, String from, String to, String message,
                                    Severity severity) {
        return new WatchEvent(now, "", series.region(), EventKind.PRICE_ALERT, PriceAlertMessages.seriesId(series),
                from, to, message, severity);
    }

    private static String firedState(Condition c) {
        return switch (c) {
            case ABOVE, ABOVE_MAX_PRICE -> "above";
            case BELOW -> "below";
            case RISE -> "risen";
        };
    }

    private static String armedState(Condition c) {
        return switch (c) {
            case ABOVE, ABOVE_MAX_PRICE -> "below";
            case BELOW -> "above";
            case RISE -> "steady";
        };
    }

    private static Duration lookback(PriceAlertRule rule) {
        return rule.window().compareTo(SHORTEST_LOOKBACK) > 0 ? rule.window() : SHORTEST_LOOKBACK;
    }

    /** A max price in micro-dollars (EC2 prices have six decimals; a price equal to it is not above it). */
    private static int toMicros(double dollars) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(dollars * 1_000_000d));
    }

    private static List<PriceAlertRule> distinct(List<PriceAlertRule> rules) {
        var byKey = new LinkedHashMap<String, PriceAlertRule>();
        rules.forEach(r -> byKey.putIfAbsent(r.key(), r));
        return List.copyOf(byKey.values());
    }
}
