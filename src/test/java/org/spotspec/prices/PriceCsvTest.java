package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCsvTest {
    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.field("Linux/UNIX")).isEqualTo("Linux/UNIX");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void statisticsHaveAHeaderCrlfSixDecimalsAndEmptyCellsForNoValue() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Red Hat, \"RHEL\"");
        var row = new PriceStatistics(key, 0.0386, 1_764_000_000_000L, 0.03, 0.035, 0.034, 0.038, 0.04, 0.002,
                Double.NaN);

        var csv = PriceCsv.format(List.of(row)).split("\r\n", -1);

        assertThat(csv).hasSize(3);
        assertThat(csv[0]).startsWith("region,availability_zone,instance_type,product,latest,");
        assertThat(csv[1]).isEqualTo("eu-west-1,eu-west-1a,m5.large,\"Red Hat, \"\"RHEL\"\"\",0.038600,"
                + "2025-11-24T16:00:00Z,0.030000,0.035000,0.034000,0.038000,0.040000,0.002000,");
        assertThat(csv[2]).isEmpty();
    }
}
