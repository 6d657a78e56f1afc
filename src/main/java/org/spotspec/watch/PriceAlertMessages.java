package org.spotspec.watch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.spotspec.prices.PriceFormat;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;

/** What price alert events say: what, where, the price now against the line, since when. */
final class PriceAlertMessages {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PriceAlertMessages() {
    }

    /** {@code m5.large in us-east-1a (Linux/UNIX) is $0.052100/h, above your alert at $0.050000/h (since 10:42 UTC)}. */
    static String fired(PriceAlertRule rule, SeriesKey series, PriceAlertVerdict v, Instant now) {
        var head = where(series) + " is " + price(v.micros()) + ", ";
        var since = " (since " + time(v.since(), now) + ")";
        return switch (rule.condition()) {
            case ABOVE -> head + "above your alert at " + price(v.reference()) + since;
            case BELOW -> head + "below your alert at " + price(v.reference()) + since;
            case ABOVE_MAX_PRICE -> head + "above your max price " + price(v.reference()) + since
                    + ": a request at that max price is interrupted or not fulfilled";
            case RISE -> head + "up " + risePercent(v) + "% from " + price(v.reference()) + " within " + rule.windowText()
                    + " (your alert: +" + rule.value().toPlainString() + "%; since " + time(v.since(), now) + ")";
        };
    }

    /** The alert stopped holding clearly: it will fire again next time. */
    static String rearmed(PriceAlertRule rule, SeriesKey series, PriceAlertVerdict v) {
        var now = price(v.micros());
        return switch (rule.condition()) {
            case ABOVE -> where(series) + " is back below your alert at " + price(v.reference()) + ": " + now;
            case ABOVE_MAX_PRICE -> where(series) + " is back below your max price " + price(v.reference()) + ": " + now;
            case BELOW -> where(series) + " is back above your alert at " + price(v.reference()) + ": " + now;
            case RISE -> where(series) + " has settled at " + now + ", less than " + rule.value().toPlainString()
                    + "% above its lowest within " + rule.windowText();
        };
    }

    static String noMaxPrice(PriceAlertRule rule) {
        return "The alert \"" + rule.describe() + "\" is not checked: it compares with your max price, and none is"
                + " set (the Prices tab's max price, or --max-price). It is checked again once one is.";
    }

    /** The event id of a series: type, zone and product, as {@link WatchEvent#id()} names price series. */
    static String seriesId(SeriesKey series) {
        return series.instanceType() + " " + series.availabilityZone() + " " + series.product();
    }

    private static String where(SeriesKey s) {
        return s.instanceType() + " in " + s.availabilityZone() + " (" + s.product() + ")";
    }

    /** Six decimals (never a non-zero price shown as zero), per hour. */
    private static String price(int micros) {
        return PriceFormat.dollars(PriceSeries.toDollars(micros)) + "/h";
    }

    /** Rounded down to a tenth: a message never claims more of a rise than there was. */
    private static String risePercent(PriceAlertVerdict v) {
        if (v.reference() == 0) {
            return "∞";
        }
        var percent = BigDecimal.valueOf(v.micros() - (long) v.reference()).movePointRight(2)
                .divide(BigDecimal.valueOf(v.reference()), 1, RoundingMode.FLOOR).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
    }

    private static String time(Instant t, Instant now) {
        boolean sameDay = t.atOffset(ZoneOffset.UTC).toLocalDate().equals(now.atOffset(ZoneOffset.UTC).toLocalDate());
        return (sameDay ? TODAY : EARLIER).format(t);
    }
}
