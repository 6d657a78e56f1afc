package org.spotspec.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceStatistics;

/** Spot prices as rows: the statistics table of the Prices tab, or every point of the history. */
final class PriceRows {
    private PriceRows() {
    }

    static ResultTable latest(PriceHistory history, double myMaxPrice) {
        var rows = new ResultTable(Column.of("region", "REGION"), Column.of("availabilityZone", "ZONE"),
                Column.of("instanceType", "TYPE"), Column.of("product", "PRODUCT"), Column.of("latest", "PRICE $/H"),
                Column.of("latestTime", "SINCE"), Column.of("min", "MIN"), Column.of("mean", "MEAN"),
                Column.detail("p50"), Column.detail("p95"), Column.of("max", "MAX"), Column.detail("volatility"),
                Column.detail("shareAtOrBelowMaxPrice"));
        for (var s : PriceStatistics.all(history, myMaxPrice)) {
            var k = s.key();
            rows.add(k.region(), k.availabilityZone(), k.instanceType(), k.product(), dollars(s.latest()),
                    s.latestTime() == Long.MIN_VALUE ? null : Instant.ofEpochMilli(s.latestTime()), dollars(s.min()),
                    dollars(s.mean()), dollars(s.p50()), dollars(s.p95()), dollars(s.max()), dollars(s.volatility()),
                    dollars(s.shareAtOrBelow()));
        }
        return rows;
    }

    static ResultTable history(PriceHistory history) {
        var rows = new ResultTable(Column.of("region", "REGION"), Column.of("availabilityZone", "ZONE"),
                Column.of("instanceType", "TYPE"), Column.of("product", "PRODUCT"), Column.of("time", "TIME"),
                Column.of("price", "PRICE $/H"));
        for (var s : history.series()) {
            var k = s.key();
            for (int i = 0; i < s.size(); i++) {
                rows.add(k.region(), k.availabilityZone(), k.instanceType(), k.product(),
                        Instant.ofEpochMilli(s.setAt(i)), BigDecimal.valueOf(s.micros(i), 6));
            }
        }
        return rows;
    }

    /** Six decimals, as EC2 writes prices; null for no value. */
    static BigDecimal dollars(double value) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
