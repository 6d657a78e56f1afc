package org.spotspec.aws.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;

/** The launch form's rules, which mirror what EC2 enforces. */
class LaunchValidationTest {
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void amiIdsHaveEightOrSeventeenHexDigits() {
        assertThat(LaunchValidation.imageId("ami-12345678")).isEmpty();
        assertThat(LaunchValidation.imageId(" ami-0abcdef1234567890 ")).isEmpty();
        assertThat(LaunchValidation.imageId("ami-1234567")).contains("8 or 17 hex");
        assertThat(LaunchValidation.imageId("ami-0ABCDEF1234567890")).contains("hex");
        assertThat(LaunchValidation.imageId("ami-0abcdef12345678901")).isNotEmpty();
        assertThat(LaunchValidation.imageId("")).contains("Enter an AMI id");
    }

    @Test
    void countIsOneToAHundred() {
        assertThat(LaunchValidation.count("1")).isEmpty();
        assertThat(LaunchValidation.count("100")).isEmpty();
        assertThat(LaunchValidation.count("0")).isNotEmpty();
        assertThat(LaunchValidation.count("101")).isNotEmpty();
        assertThat(LaunchValidation.count("two")).isNotEmpty();
    }

    @Test
    void maxPriceIsOptionalPositiveWithAtMostSixDecimals() {
        assertThat(LaunchValidation.maxPrice("")).isEmpty();
        assertThat(LaunchValidation.maxPrice("0.05")).isEmpty();
        assertThat(LaunchValidation.maxPrice("1.234567")).isEmpty();
        assertThat(LaunchValidation.maxPrice("1.2345678")).contains("6 decimals");
        assertThat(LaunchValidation.maxPrice("-0.05")).contains("negative");
        assertThat(LaunchValidation.maxPrice("0")).contains("0.001");
        assertThat(LaunchValidation.maxPrice("0.0009")).contains("0.001");
        assertThat(LaunchValidation.maxPrice("1e3")).isNotEmpty();
        assertThat(LaunchValidation.maxPrice(".05")).isEmpty();
        assertThat(LaunchValidation.normalizePrice(" .05 ")).isEqualTo("0.05");
        assertThat(LaunchValidation.normalizePrice("")).isEmpty();
    }

    @Test
    void userDataIsLimitedToSixteenKilobytesBeforeEncoding() {
        assertThat(LaunchValidation.userData("x".repeat(16 * 1024))).isEmpty();
        assertThat(LaunchValidation.userData("x".repeat(16 * 1024 + 1))).contains("16,385 bytes");
        // Bytes, not characters: 8,193 two-byte characters are over the limit.
        assertThat(LaunchValidation.userData("é".repeat(8193))).isNotEmpty();
    }

    @Test
    void interruptionFollowsAwsRules() {
        assertThat(LaunchValidation.interruption(Method.RUN_INSTANCES, RequestType.ONE_TIME, Interruption.TERMINATE))
                .isEmpty();
        assertThat(LaunchValidation.interruption(Method.RUN_INSTANCES, RequestType.PERSISTENT, Interruption.STOP))
                .isEmpty();
        assertThat(LaunchValidation.interruption(Method.RUN_INSTANCES, RequestType.PERSISTENT,
                Interruption.HIBERNATE)).isEmpty();
        assertThat(LaunchValidation.interruption(Method.RUN_INSTANCES, RequestType.ONE_TIME, Interruption.STOP))
                .contains("persistent");
        assertThat(LaunchValidation.interruption(Method.RUN_INSTANCES, RequestType.PERSISTENT,
                Interruption.TERMINATE)).contains("RunInstances accepts a persistent request only with stop");
        assertThat(LaunchValidation.interruption(Method.REQUEST_SPOT_INSTANCES, RequestType.PERSISTENT,
                Interruption.TERMINATE)).isEmpty();
        assertThat(LaunchValidation.interruption(Method.REQUEST_SPOT_INSTANCES, RequestType.ONE_TIME,
                Interruption.HIBERNATE)).contains("persistent");
    }

    @Test
    void validUntilIsInTheFutureAndOnlyForRequestsThatAcceptIt() {
        var utc = ZoneOffset.UTC;
        assertThat(LaunchValidation.validUntil("", Method.RUN_INSTANCES, RequestType.ONE_TIME, utc, NOW)).isEmpty();
        assertThat(LaunchValidation.validUntil("2026-11-27 09:00", Method.RUN_INSTANCES, RequestType.PERSISTENT,
                utc, NOW)).isEmpty();
        assertThat(LaunchValidation.validUntil("2026-11-27 07:59", Method.REQUEST_SPOT_INSTANCES,
                RequestType.ONE_TIME, utc, NOW)).contains("future");
        assertThat(LaunchValidation.validUntil("2026-11-27 09:00", Method.REQUEST_SPOT_INSTANCES,
                RequestType.ONE_TIME, utc, NOW)).isEmpty();
        assertThat(LaunchValidation.validUntil("2026-11-27 09:00", Method.RUN_INSTANCES, RequestType.ONE_TIME,
                utc, NOW)).contains("only for persistent");
        assertThat(LaunchValidation.validUntil("tomorrow", Method.REQUEST_SPOT_INSTANCES, RequestType.ONE_TIME,
                utc, NOW)).contains("2026-12-31 18:00");
    }

    @Test
    void tagsFollowEc2KeyAndValueRules() {
        assertThat(LaunchValidation.tags("Name=web\n\nteam = ml\nempty=")).isEmpty();
        assertThat(LaunchValidation.parseTags("Name=web\nteam = ml\nempty=")).containsExactly(
                java.util.Map.entry("Name", "web"), java.util.Map.entry("team", "ml"), java.util.Map.entry("empty", ""));
        assertThat(LaunchValidation.tags("aws:cloudformation=x")).contains("reserved");
        assertThat(LaunchValidation.tags("AWS:Name=x")).contains("reserved");
        assertThat(LaunchValidation.tags("k".repeat(129) + "=v")).contains("128");
        assertThat(LaunchValidation.tags("k=" + "v".repeat(257))).contains("256");
        assertThat(LaunchValidation.tags("a=1\na=2")).contains("twice");
        assertThat(LaunchValidation.tags("=value")).contains("1 to 128");
    }

    @Test
    void idsAndNamesHaveTheirShapes() {
        assertThat(LaunchValidation.securityGroups("sg-0123456789abcdef0, sg-12345678")).isEmpty();
        assertThat(LaunchValidation.securityGroups("sg-0123456789abcdef0 web")).contains("\"web\"");
        assertThat(LaunchValidation.splitIds(" sg-12345678,sg-12345678  sg-87654321 "))
                .containsExactly("sg-12345678", "sg-87654321");
        assertThat(LaunchValidation.subnet("subnet-12345678")).isEmpty();
        assertThat(LaunchValidation.subnet("subnet-xyz")).isNotEmpty();
        assertThat(LaunchValidation.zone("eu-west-1a", "")).isEmpty();
        assertThat(LaunchValidation.zone("eu-west-1a", "subnet-12345678")).contains("subnet already fixes");
        assertThat(LaunchValidation.instanceProfile("ml-profile")).isEmpty();
        assertThat(LaunchValidation.instanceProfile("arn:aws:iam::123456789012:instance-profile/team/ml")).isEmpty();
        assertThat(LaunchValidation.instanceProfile("arn:aws:iam::1234:role/x")).isNotEmpty();
        assertThat(LaunchValidation.instanceProfile("has space")).isNotEmpty();
        assertThat(LaunchValidation.instanceType("m5.large")).isEmpty();
        assertThat(LaunchValidation.instanceType("m5 large")).isNotEmpty();
    }
}
