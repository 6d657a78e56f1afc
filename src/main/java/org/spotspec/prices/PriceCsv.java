package org.spotspec.prices;

import java.util.List;

/** The statistics table as CSV (RFC 4180), prices in $/hour with six decimals. */
public final class PriceCsv {
    private static final String HEADER = "region,availability_zone,instance_type,product,latest,latest_time,"
            + "min,mean,p50,p95,max,volatility,share_at_or_below_max_price";

    private PriceCsv() {
    }

    public static String format(List<PriceStatistics> rows) {
        var out = new StringBuilder(HEADER).append("\r\n");
        for (var s : rows) {
            var k = s.key();
            out.append(Csv.field(k.region())).append(',').append(Csv.field(k.availabilityZone())).append(',')
                    .append(Csv.field(k.instanceType())).append(',').append(Csv.field(k.product())).append(',')
                    .append(number(s.latest())).append(',')
                    .append(s.latestTime() != Long.MIN_VALUE ? java.time.Instant.ofEpochMilli(s.latestTime()).toString() : "")
                    .append(',').append(number(s.min())).append(',').append(number(s.mean())).append(',')
                    .append(number(s.p50())).append(',').append(number(s.p95())).append(',')
                    .append(number(s.max())).append(',').append(number(s.volatility())).append(',')
                    .append(number(s.shareAtOrBelow())).append("\r\n");
        }
        return out.toString();
    }

    private static String number(double v) {
        return PriceFormat.decimal(v);
    }
}
