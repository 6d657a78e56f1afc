package org.spotspec.watch;

import java.time.Instant;
import org.spotspec.prices.PriceSeries;
import org.spotspec.watch.PriceAlertRule.Condition;

/**
 * One rule's verdict on one price series now: whether its condition holds, and whether it has
 * clearly stopped holding. Between the two lies a band (1 % of the line, a tenth of a rise) in
 * which a fired alert stays fired: a price hovering at the line then fires once, not at every
 * crossing.
 *
 * @param holds     the condition is true on the latest price
 * @param clearlyOff the condition is false by more than the band: a fired alert re-arms
 * @param micros    the latest price, micro-dollars per hour
 * @param reference the line (ABOVE, BELOW, max price) or the window's lowest price (RISE), micro-dollars
 * @param since     since when the condition has held (its latest price's time for RISE)
 */
record PriceAlertVerdict(boolean holds, boolean clearlyOff, int micros, int reference, Instant since) {

    /**
     * Judges {@code series} (non-empty, read back at least the rule's window from {@code now}).
     *
     * @param lineMicros the line: the rule's value, or the max price for ABOVE_MAX_PRICE; unused for RISE
     */
    static PriceAlertVerdict judge(PriceAlertRule rule, PriceSeries series, int lineMicros, Instant now) {
        return rule.condition() == Condition.RISE ? rise(rule, series, now) : line(rule, series, lineMicros);
    }

    private static PriceAlertVerdict line(PriceAlertRule rule, PriceSeries series, int line) {
        boolean below = rule.condition() == Condition.BELOW;
        int last = series.size() - 1;
        int price = series.micros(last);
        long band = Math.max(1, line / 100);
        boolean holds = below ? price < line : price > line;
        boolean clearlyOff = below ? price >= line + band : price <= line - band;
        int first = last;
        while (holds && first > 0 && (below ? series.micros(first - 1) < line : series.micros(first - 1) > line)) {
            first--; // walk back to where the price crossed the line
        }
        return new PriceAlertVerdict(holds, clearlyOff, price, line, Instant.ofEpochMilli(series.setAt(first)));
    }

    /** The latest price against the lowest in effect at any time within the window. */
    private static PriceAlertVerdict rise(PriceAlertRule rule, PriceSeries series, Instant now) {
        long windowStart = now.minus(rule.window()).toEpochMilli();
        int last = series.size() - 1;
        int price = series.micros(last);
        int low = price;
        for (int i = Math.max(0, series.indexAtOrBefore(windowStart)); i <= last; i++) {
            low = Math.min(low, series.micros(i));
        }
        // In whole numbers: (price - low) / low >= percent / 100, the percent having two decimals at most.
        long percentHundredths = rule.value().movePointRight(2).longValueExact();
        long risen = (price - (long) low) * 10_000L;
        boolean holds = low == 0 ? price > 0 : risen >= percentHundredths * low;
        boolean clearlyOff = low == 0 ? price == 0 : risen * 10 < percentHundredths * low * 9;
        return new PriceAlertVerdict(holds, clearlyOff, price, low, Instant.ofEpochMilli(series.setAt(last)));
    }
}
