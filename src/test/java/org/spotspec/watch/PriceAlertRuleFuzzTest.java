package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alert texts as users mistype them, from fixed seeds (a failure names its seed and input, so it
 * can be replayed): the parser never throws anything but IllegalArgumentException with the form,
 * and every alert it accepts reads back as itself from its text.
 */
class PriceAlertRuleFuzzTest {
    private static final List<String> VALID = List.of("m5.large,us-east-1,>0.05", "c5.large,us-east-1+eu-west-1,<0.03",
            "m5.large,us-east-1,us-east-1a,Windows,>max", "r5.large,eu-west-1,+20%/1h", "t3.micro,ap-south-1,SUSE Linux,<.5",
            "x2idn.metal,us-west-2,us-west-2-lax-1a,+7.25%/3d");
    private static final List<String> TOKENS = List.of(",", "+", "%", "/", ">", "<", "$", ".", ";", " ", "-", "0", "1",
            "9", "05", "max", "MAX", "m", "h", "d", "w", "a", "us-east-1", "eu-west-1a", "m5.large", "Windows",
            "Linux/UNIX", "(Amazon VPC)", "\t", "\n", "\u0000", "é", "€", "1e3", "99999999999999999999", "%/", "+-",
            ".5.", "NaN", "Infinity", "\uD83D\uDE00");

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 0x5eed_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedAlertsAreReadOrRefusedClearly(long seed) {
        var random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 250; i++) {
            var text = random.nextBoolean() ? mutate(VALID.get(random.nextInt(VALID.size())), random) : compose(random);
            accepted += check(seed, text) ? 1 : 0;
        }
        assertThat(accepted).as("alerts accepted of 250 (both outcomes must be exercised)").isBetween(1, 249);
    }

    private static boolean check(long seed, String text) {
        PriceAlertRule rule;
        try {
            rule = PriceAlertRule.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("seed %s, input %s", seed, text).contains("Write it as TYPE,REGION");
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ", input '" + text + "' threw " + e, e);
        }
        assertThat(PriceAlertRule.parse(rule.text())).as("seed %s, input %s", seed, text).isEqualTo(rule);
        assertThat(rule.describe()).as("seed %s, input %s", seed, text).startsWith(rule.instanceType() + " in ");
        assertThat(rule.text()).doesNotContain(";"); // settings separate alerts with it
        return true;
    }

    /** A valid alert with a few characters or tokens inserted, deleted or replaced. */
    private static String mutate(String text, Random random) {
        var sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Tokens strung together at random: mostly nonsense, now and then an alert. */
    private static String compose(Random random) {
        var sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return sb.toString();
    }
}
