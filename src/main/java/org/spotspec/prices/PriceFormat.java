package org.spotspec.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way SpotSpec writes a price: six decimals, as EC2 sets them ({@code $0.003840}).
 * Fewer would show a price of a few hundredths of a cent as {@code $0.0000}; a non-zero figure
 * below a micro-dollar (a tiny volatility) reads {@code <$0.000001}, never zero.
 */
public final class PriceFormat {
    /** EC2 prices have six decimals. */
    public static final int DECIMALS = 6;
    private static final BigDecimal SMALLEST = BigDecimal.ONE.movePointLeft(DECIMALS);

    private PriceFormat() {
    }

    /** {@code $0.038400}; an em dash for NaN (no price). */
    public static String dollars(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        var rounded = plainOrNull(value);
        if (rounded == null) {
            return (value < 0 ? ">-$" : "<$") + SMALLEST.toPlainString();
        }
        return rounded.signum() < 0 ? "-$" + rounded.negate().toPlainString() : "$" + rounded.toPlainString();
    }

    /**
     * {@code $0.25} with {@code decimals} decimals (at most six), for labels whose own step says
     * how many matter (the chart's price axis: $0.20, $0.25, not $0.200000, $0.250000).
     */
    public static String dollars(double value, int decimals) {
        if (decimals < 0 || decimals > DECIMALS) {
            throw new IllegalArgumentException("decimals " + decimals + " not in 0.." + DECIMALS);
        }
        var rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() < 0 ? "-$" + rounded.negate().toPlainString() : "$" + rounded.toPlainString();
    }

    /** {@code 0.038400} (for CSV); empty for NaN. A non-zero value never rounds to zero. */
    public static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        var rounded = plainOrNull(value);
        return rounded == null ? BigDecimal.valueOf(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString()
                : rounded.toPlainString();
    }

    /** Six decimals, or null when a non-zero value would round to zero. */
    private static BigDecimal plainOrNull(double value) {
        var rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
        return rounded.signum() == 0 && value != 0 ? null : rounded;
    }
}
