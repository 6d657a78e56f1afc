package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.prices.SeriesKey;
import org.spotspec.watch.PriceAlertRule.Condition;

class PriceAlertRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            m5.large,us-east-1,>0.05                       | m5.large,us-east-1,>0.05                 | m5.large in us-east-1 (Linux/UNIX): above $0.050000/h
            M5.Large , US-EAST-1 , > $0.0500               | m5.large,us-east-1,>0.05                 | m5.large in us-east-1 (Linux/UNIX): above $0.050000/h
            c5.large,us-east-1+eu-west-1,<0.03             | c5.large,us-east-1+eu-west-1,<0.03       | c5.large in us-east-1, eu-west-1 (Linux/UNIX): below $0.030000/h
            c5.large,us-east-1+us-east-1,<.000001          | c5.large,us-east-1,<0.000001             | c5.large in us-east-1 (Linux/UNIX): below $0.000001/h
            m5.large,us-east-1,us-east-1a,>0.05            | m5.large,us-east-1,us-east-1a,>0.05      | m5.large in us-east-1a (Linux/UNIX): above $0.050000/h
            m5.large,us-east-1,windows,>max                | m5.large,us-east-1,Windows,>max          | m5.large in us-east-1 (Windows): above your max price
            m5.large,eu-west-1,Linux/UNIX (Amazon VPC),eu-west-1b,>MAX | m5.large,eu-west-1,eu-west-1b,Linux/UNIX (Amazon VPC),>max | m5.large in eu-west-1b (Linux/UNIX (Amazon VPC)): above your max price
            m5.large,us-east-1,linux/unix,>2               | m5.large,us-east-1,>2                    | m5.large in us-east-1 (Linux/UNIX): above $2.000000/h
            r5.large,us-east-1,+20%/1h                     | r5.large,us-east-1,+20%/1h               | r5.large in us-east-1 (Linux/UNIX): up 20% or more within 1h
            r5.large,us-east-1,+12.50%/90m                 | r5.large,us-east-1,+12.5%/90m            | r5.large in us-east-1 (Linux/UNIX): up 12.5% or more within 90m
            r5.large,us-east-1,+100%/48h                   | r5.large,us-east-1,+100%/2d              | r5.large in us-east-1 (Linux/UNIX): up 100% or more within 2d
            r5.large,us-east-1,+5%/120m                    | r5.large,us-east-1,+5%/2h                | r5.large in us-east-1 (Linux/UNIX): up 5% or more within 2h
            u-6tb1.112xlarge,us-east-1,us-east-1-bos-1a,<10 | u-6tb1.112xlarge,us-east-1,us-east-1-bos-1a,<10 | u-6tb1.112xlarge in us-east-1-bos-1a (Linux/UNIX): below $10.000000/h
            """)
    void validAlertsReadWriteAndDescribe(String text, String canonical, String description) {
        var rule = PriceAlertRule.parse(text);

        assertThat(rule.text()).isEqualTo(canonical);
        assertThat(rule.describe()).isEqualTo(description);
        assertThat(PriceAlertRule.parse(rule.text())).isEqualTo(rule);
        assertThat(rule.key()).isEqualTo(PriceAlertRule.parse(canonical).key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            m5.large,us-east-1                      | 2 parts separated by commas, an alert has 3 to 5
            a,b,c,d,e,f                             | 6 parts
            m5,us-east-1,>0.05                      | 'm5' is not an instance type
            ,us-east-1,>0.05                        | the instance type is missing
            m5.large,useast1,>0.05                  | 'useast1' is not a region
            m5.large,us-east-1+,>0.05               | a region is missing
            m5.large,us-east-1,eu-west-1a,>0.05     | 'eu-west-1a' is not a zone of us-east-1
            m5.large,us-east-1+eu-west-1,us-east-1a,>0.05 | needs exactly one region
            m5.large,us-east-1,us-east-1a,us-east-1b,>0.05 | 'us-east-1b' is a second zone
            m5.large,us-east-1,Windows,Windows,>0.05 | 'Windows' is a second product
            m5.large,us-east-1,FreeBSD,>0.05        | 'FreeBSD' is neither a zone of us-east-1
            m5.large,us-east-1,>                    | '>' is not a condition
            m5.large,us-east-1,=0.05                | '=0.05' is not a condition
            m5.large,us-east-1,>0                   | the price must be more than $0
            m5.large,us-east-1,>0.0000001           | $0.0000001 is not a spot price
            m5.large,us-east-1,>5000                | $5000 is not a spot price
            m5.large,us-east-1,>-1                  | '>-1' is not a condition
            m5.large,us-east-1,+20%                 | '+20%' is not a condition
            m5.large,us-east-1,+20%/1w              | '+20%/1w' is not a condition
            m5.large,us-east-1,+0%/1h               | the rise must be more than 0 %
            m5.large,us-east-1,+20%/0m              | the window must be whole minutes from 1m to 90d
            m5.large,us-east-1,+20%/91d             | the window must be whole minutes from 1m to 90d
            m5.large,us-east-1,+0.001%/1h           | a rise of 0.001 % is not in 0.01 to 10000 %
            m5.large,us-east-1,+20000%/1h           | a rise of 20000 % is not in 0.01 to 10000 %
            """)
    void wrongAlertsSayWhatIsWrongAndShowTheForm(String text, String problem) {
        assertThatThrownBy(() -> PriceAlertRule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem).hasMessageContaining("Write it as TYPE,REGION[+REGION…][,ZONE][,PRODUCT],CONDITION")
                .hasMessageContaining("'" + text.strip() + "'");
    }

    @Test
    void anEmptyAlertSaysSo() {
        for (var text : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> PriceAlertRule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The alert is empty. Write it as TYPE,");
        }
    }

    @Test
    void settingsKeepSeveralAlertsSeparatedBySemicolons() {
        var rules = PriceAlertRule.parseAll(" m5.large,us-east-1,>0.05 ;; r5.large,eu-west-1,+20%/1h;");

        assertThat(rules).extracting(PriceAlertRule::text).containsExactly("m5.large,us-east-1,>0.05",
                "r5.large,eu-west-1,+20%/1h");
        assertThat(PriceAlertRule.parseAll(PriceAlertRule.textOfAll(rules))).isEqualTo(rules);
        assertThat(PriceAlertRule.parseAll(null)).isEmpty();
        assertThatThrownBy(() -> PriceAlertRule.parseAll("m5.large,us-east-1,>0.05;oops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'oops'");
    }

    @Test
    void aRuleNamesTheSeriesToSyncAndTheSeriesItCovers() {
        var rule = PriceAlertRule.parse("m5.large,us-east-1+eu-west-1,Windows,>0.5");

        assertThat(rule.seriesToSync()).containsExactly(new PriceSyncKey("us-east-1", "m5.large", "Windows"),
                new PriceSyncKey("eu-west-1", "m5.large", "Windows"));
        assertThat(rule.covers(new SeriesKey("eu-west-1", "eu-west-1c", "m5.large", "Windows"))).isTrue();
        assertThat(rule.covers(new SeriesKey("eu-west-1", "eu-west-1c", "m5.large", "Linux/UNIX"))).isFalse();
        assertThat(rule.covers(new SeriesKey("ap-south-1", "ap-south-1a", "m5.large", "Windows"))).isFalse();
        var zoned = PriceAlertRule.parse("m5.large,us-east-1,us-east-1a,>0.5");
        assertThat(zoned.covers(new SeriesKey("us-east-1", "us-east-1b", "m5.large", "Linux/UNIX"))).isFalse();
        var query = zoned.query(Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        assertThat(query.availabilityZones()).containsExactly("us-east-1a");
        assertThat(query.instanceTypes()).containsExactly("m5.large");
        assertThat(query.products()).containsExactly("Linux/UNIX");
    }

    @Test
    void theConstructorChecksWhatTheConditionNeeds() {
        var rule = new PriceAlertRule("m5.large", List.of("us-east-1"), null, null, Condition.ABOVE,
                new BigDecimal("0.0500"), null);
        assertThat(rule).isEqualTo(PriceAlertRule.parse("m5.large,us-east-1,>0.05"));
        assertThat(rule.lineMicros()).isEqualTo(50_000);
        assertThatThrownBy(() -> new PriceAlertRule("m5.large", List.of("us-east-1"), "", "", Condition.ABOVE,
                BigDecimal.ONE, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a rise");
        assertThatThrownBy(() -> new PriceAlertRule("m5.large", List.of(), "", "", Condition.ABOVE, BigDecimal.ONE,
                null)).hasMessageContaining("region is missing");
        assertThatThrownBy(() -> new PriceAlertRule("m5.large", List.of("us-east-1"), "", "", Condition.ABOVE_MAX_PRICE,
                BigDecimal.ONE, null)).hasMessageContaining(">max takes its price when checked");
        assertThatThrownBy(() -> new PriceAlertRule("m5.large", List.of("us-east-1"), "", "", Condition.RISE,
                BigDecimal.TEN, Duration.ofSeconds(90))).hasMessageContaining("whole minutes");
    }
}
