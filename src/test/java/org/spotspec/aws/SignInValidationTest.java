package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sign-in form's field rules and the duration parser, by example and by fuzzing. */
class SignInValidationTest {
    private static final String SERIAL_ARN = "arn:aws:iam::123456789012:mfa/alice";

    // --- MFA code ---

    @ParameterizedTest
    @ValueSource(strings = {"123456", "000000", " 123456 ", "\t654321\n"})
    void sixDigitCodesAreAccepted(String code) {
        assertThat(SignInValidation.mfaCode(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567", "12 3456", "12a456", "١٢٣٤٥٦", "１２３４５６", "      "})
    void anythingButSixAsciiDigitsIsRejected(String code) {
        // Arabic-Indic and full-width digits look like digits but AWS wants ASCII.
        assertThat(SignInValidation.mfaCode(code)).contains("6-digit");
    }

    // --- MFA device serial ---

    @ParameterizedTest
    @ValueSource(strings = {SERIAL_ARN, "arn:aws-us-gov:iam::123456789012:mfa/ops.team+admin@corp",
            "GAHT12345678", "123456789", "  " + SERIAL_ARN + "  "})
    void mfaArnsAndHardwareSerialsAreAccepted(String serial) {
        assertThat(SignInValidation.mfaSerial(serial)).isEmpty();
    }

    @Test
    void serialLengthIsNineToTwoHundredFiftySix() {
        assertThat(SignInValidation.mfaSerial("12345678")).isNotEmpty();
        assertThat(SignInValidation.mfaSerial("123456789")).isEmpty();
        assertThat(SignInValidation.mfaSerial("a".repeat(256))).isEmpty();
        assertThat(SignInValidation.mfaSerial("a".repeat(257))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::123456789012:mfa/alice smith", "arn:aws:iam::1:mfa/<alice>",
            "arn:aws:iam::123456789012:mfa/élodie"})
    void serialsWithSpacesOrOtherCharactersAreRejected(String serial) {
        assertThat(SignInValidation.mfaSerial(serial)).contains("9–256 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingSerialAsksForTheArn(String serial) {
        assertThat(SignInValidation.mfaSerial(serial)).startsWith("Enter your MFA device's ARN");
    }

    // --- duration ---

    @ParameterizedTest
    @ValueSource(ints = {900, 901, 3600, 43_200, 129_599, 129_600})
    void durationsWithinAwsBoundsAreAccepted(int seconds) {
        assertThat(SignInValidation.duration(seconds)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -900, 0, 899, 129_601, Integer.MAX_VALUE})
    void durationsOutsideAwsBoundsAreRejected(int seconds) {
        assertThat(SignInValidation.duration(seconds)).contains("900").contains("129600");
    }

    @Test
    void aMissingDurationAsksForOne() {
        assertThat(SignInValidation.duration(null)).isNotEmpty();
        assertThat(SignInValidation.parseSeconds("twelve")).isNull();
        assertThat(SignInValidation.parseSeconds(" 3600 ")).isEqualTo(3600);
        assertThat(SignInValidation.parseSeconds("99999999999")).as("overflow").isNull();
    }

    // --- access keys ---

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", " AKIAIOSFODNN7EXAMPLE ",
            "AKIA123456789012"})
    void accessKeyIdsAreAccepted(String id) {
        assertThat(SignInValidation.accessKeyId(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"akiaiosfodnn7example", "AKIA12345678901", "AKIAIOSFODNN7 EXAMPLE", "test",
            "XKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLÉ"})
    void implausibleAccessKeyIdsAreRejected(String id) {
        assertThat(SignInValidation.accessKeyId(id)).contains("AKIA");
    }

    @Test
    void userAndRoleIdsAreNotAccessKeyIds() {
        // The Account tab shows the AIDA… user id, so users can paste it here by mistake.
        assertThat(SignInValidation.accessKeyId("AIDAJQABLZS4A3QDU576Q")).isNotEmpty();
        assertThat(SignInValidation.accessKeyId("AROAJQABLZS4A3QDU576Q")).isNotEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMissingAccessKeyIdAsksForIt(String id) {
        assertThat(SignInValidation.accessKeyId(id)).startsWith("Enter the access key id");
    }

    @Test
    void secretKeysWithSpacesAreRejected() {
        var secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assertThat(SignInValidation.secretKey(secret)).isEmpty();
        for (var pasted : List.of(" " + secret, secret + " ", secret + "\n", "wJalrXUtnFEMI/K7MDENG bPxRfiCYEXAMPLEKEY")) {
            assertThat(SignInValidation.secretKey(pasted)).as("%s", pasted.replace("\n", "\\n"))
                    .contains("spaces").doesNotContain(secret.substring(0, 12));
        }
        assertThat(SignInValidation.secretKey("")).startsWith("Enter the secret");
        assertThat(SignInValidation.secretKey(null)).startsWith("Enter the secret");
    }

    // --- region, profile, endpoint ---

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-4", "us-gov-west-1", "cn-northwest-1",
            "us-isob-east-1", " eu-west-1 "})
    void regionIdsAreAccepted(String region) {
        assertThat(SignInValidation.region(region)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EAST-1", "us-east", "useast1", "us-east-1a", "Frankfurt", "eu_west_1", "e-west-1"})
    void notRegionIdsAreRejected(String region) {
        assertThat(SignInValidation.region(region)).isEqualTo("Not a region id such as eu-west-1.");
    }

    @Test
    void blankRegionAndProfileAskForAChoice() {
        assertThat(SignInValidation.region(" ")).isEqualTo("Choose a region.");
        assertThat(SignInValidation.region(null)).isEqualTo("Choose a region.");
        assertThat(SignInValidation.profile("")).isEqualTo("Choose a profile.");
        assertThat(SignInValidation.profile("dev")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "http://localhost:4566", "https://ec2.eu-west-1.amazonaws.com",
            "HTTP://127.0.0.1:4566/", " http://[::1]:4566 "})
    void blankOrHttpUrlsAreAcceptedAsEndpoints(String url) {
        assertThat(SignInValidation.endpoint(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:4566", "ftp://localhost", "http://", "http://exa mple.com", "not a url"})
    void otherEndpointsAskForAUrl(String url) {
        assertThat(SignInValidation.endpoint(url)).startsWith("Enter a URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:pass@localhost:4566", "https://admin@example.com", "http://:hunter2@localhost"})
    void endpointsWithCredentialsAreRejectedWithoutRepeatingThem(String url) {
        // The URL is saved in the settings and shown in the log; a password must not be.
        assertThat(SignInValidation.endpoint(url)).contains("passwords")
                .doesNotContain("pass@").doesNotContain("hunter2").doesNotContain("admin");
    }

    // --- MfaDurations ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            15 min     | 900
            1 h        | 3600
            36 h       | 129600
            3600       | 3600
            90m        | 5400
            2 hours    | 7200
            12H        | 43200
            '  4 hr  ' | 14400
            1 hour     | 3600
            900 s      | 900
            45 minutes | 2700
            """)
    void durationsAreReadAsPeopleWriteThem(String text, int seconds) {
        assertThat(MfaDurations.parse(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "1.5 h", "-1 h", "h", "12 days", "1 h 30 min", "12345678", "١٢ h"})
    void unreadableDurationsAreNull(String text) {
        assertThat(MfaDurations.parse(text)).isNull();
    }

    @Test
    void hugeDurationsDoNotOverflowIntoValidOnes() {
        // 9999999 h is 36 billion seconds: it must not wrap around into the accepted range.
        var parsed = MfaDurations.parse("9999999 h");
        assertThat(parsed == null || parsed > MfaRequest.MAX_DURATION).as("parsed %s", parsed).isTrue();
        assertThat(SignInValidation.duration(parsed)).isNotEmpty();
    }

    @Test
    void everyOfferedChoiceRoundTripsAndIsValid() {
        for (var choice : MfaDurations.CHOICES) {
            var seconds = MfaDurations.parse(choice);
            assertThat(MfaDurations.format(seconds)).isEqualTo(choice);
            assertThat(SignInValidation.duration(seconds)).as(choice).isEmpty();
        }
        assertThat(MfaDurations.format(901)).isEqualTo("901 s");
    }

    @ParameterizedTest
    @MethodSource("randomDurations")
    void formatThenParseGivesTheSameSeconds(int seconds) {
        assertThat(MfaDurations.parse(MfaDurations.format(seconds))).isEqualTo(seconds);
    }

    static IntStream randomDurations() {
        var random = new Random(7_129_600L);
        return IntStream.concat(IntStream.of(0, 60, 900, 3600, 129_600),
                IntStream.generate(() -> random.nextInt(300_000)).limit(100));
    }

    // --- fuzz: every rule on hostile text ---

    private static final Map<String, Function<String, String>> RULES = Map.of(
            "mfaCode", SignInValidation::mfaCode,
            "mfaSerial", SignInValidation::mfaSerial,
            "durationText", text -> SignInValidation.duration(MfaDurations.parse(text)),
            "durationSeconds", text -> SignInValidation.duration(SignInValidation.parseSeconds(text)),
            "accessKeyId", SignInValidation::accessKeyId,
            "secretKey", SignInValidation::secretKey,
            "region", SignInValidation::region,
            "profile", SignInValidation::profile,
            "endpoint", SignInValidation::endpoint);

    // Inputs that between them reach every message the rules have today.
    private static final List<String> PROBES = Arrays.asList(null, "", " ", "?", "1", " x", "http://u:p@h");
    private static final Map<String, Set<String>> FIXED_MESSAGES = RULES.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> PROBES.stream().map(e.getValue())
                    .collect(Collectors.toSet())));

    // A sentence boundary inside the message: ". Next" (after "e.g." is taken out).
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?;:]\\s+\\p{Lu}");

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void everyRuleAnswersWithOneSentenceThatDoesNotEchoTheInput(String input) {
        RULES.forEach((name, rule) -> {
            var message = new String[1];
            assertThatCode(() -> message[0] = rule.apply(input)).as(name).doesNotThrowAnyException();
            assertThat(message[0]).as(name).isNotNull();
            if (message[0].isEmpty()) {
                return;
            }
            assertThat(message[0]).as(name + ": one line, starting with a capital")
                    .doesNotContain("\n", "\r").matches("\\p{Lu}.*");
            assertThat(SECOND_SENTENCE.matcher(message[0].replace("e.g.", "eg")).find())
                    .as(name + ": a single sentence: " + message[0]).isFalse();
            // A fixed message cannot echo anything, even when the input happens to be part of its
            // example (e.g. "ttp://localhost:4566"); any other message must not contain the input.
            // Inputs under 6 characters can occur in any English message by chance.
            if (!FIXED_MESSAGES.get(name).contains(message[0]) && input.strip().length() >= 6) {
                assertThat(message[0]).as(name + ": echoes the input").doesNotContain(input.strip());
            }
        });
        assertThatCode(() -> MfaDurations.parse(input)).doesNotThrowAnyException();
        var parsed = MfaDurations.parse(input);
        assertThat(parsed == null || parsed >= 0).as("parsed %s", parsed).isTrue();
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void acceptedValuesHaveTheShapeTheirRuleStandsFor(String input) {
        // Invariants that do not restate the regexes: what an accepted value can never contain.
        var trimmed = input.trim();
        if (SignInValidation.mfaCode(input).isEmpty()) {
            assertThat(trimmed).hasSize(6).containsOnlyDigits();
        }
        if (SignInValidation.accessKeyId(input).isEmpty()) {
            assertThat(trimmed).matches("[A-Z0-9]{16,}");
        }
        if (SignInValidation.region(input).isEmpty()) {
            assertThat(trimmed).matches("[a-z0-9-]+");
        }
        if (SignInValidation.mfaSerial(input).isEmpty()) {
            assertThat(trimmed).doesNotContainAnyWhitespaces().hasSizeBetween(9, 256);
        }
        if (SignInValidation.secretKey(input).isEmpty()) {
            assertThat(input).doesNotContain(" ").isEqualTo(input.strip());
        }
        if (!input.isBlank() && SignInValidation.endpoint(input).isEmpty()) {
            assertThat(trimmed.toLowerCase()).startsWith("http").doesNotContain("@");
        }
    }

    static Stream<Arguments> hostileInputs() {
        var random = new Random(20_240_607L);
        var inputs = new ArrayList<String>();
        var seeds = List.of("123456", SERIAL_ARN, "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "eu-west-1", "http://localhost:4566", "http://user:pass@localhost:4566", "12 h", "129600");
        inputs.addAll(seeds);
        for (int i = 0; i < 120; i++) {
            inputs.add(printable(random, random.nextInt(48)));
        }
        for (int i = 0; i < 80; i++) {
            inputs.add(unicode(random, 1 + random.nextInt(24)));
        }
        for (int i = 0; i < 60; i++) {
            inputs.add(mutate(random, seeds.get(random.nextInt(seeds.size()))));
        }
        for (int i = 0; i < 40; i++) {
            inputs.add(withControls(random, seeds.get(random.nextInt(seeds.size()))));
        }
        inputs.addAll(veryLong(random));
        return inputs.stream().map(s -> Arguments.of(s));
    }

    private static String printable(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x7f - 0x20)));
        }
        return text.toString();
    }

    // Look-alike digits and letters, spaces that are not ' ', right-to-left text, emoji (surrogate pairs).
    private static final int[] UNICODE = {0x00A0, 0x00E9, 0x0130, 0x0301, 0x0661, 0x0663, 0x05D0, 0x200B, 0x200E,
        0x202E, 0x2028, 0x3000, 0x4E2D, 0xFF11, 0xFF21, 0xFEFF, 0x1F600, 0x1D7CE, 0x10FFFF};

    private static String unicode(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextBoolean()) {
                text.appendCodePoint(UNICODE[random.nextInt(UNICODE.length)]);
            } else {
                text.append((char) ('0' + random.nextInt(75)));
            }
        }
        return text.toString();
    }

    private static String mutate(Random random, String seed) {
        var text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, (char) (0x20 + random.nextInt(0x5f)));
                default -> text.setCharAt(at, (char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return text.toString();
    }

    private static final char[] CONTROLS = {'\0', '\t', '\n', '\r', '\u000b', '\u001b', '\u007f', '\u0085'};

    private static String withControls(Random random, String seed) {
        var text = new StringBuilder(seed);
        text.insert(random.nextInt(text.length() + 1), CONTROLS[random.nextInt(CONTROLS.length)]);
        if (random.nextBoolean()) {
            text.append(CONTROLS[random.nextInt(CONTROLS.length)]);
        }
        return text.toString();
    }

    // Long runs aimed at each pattern's repetition, to show none of them backtracks badly.
    private static List<String> veryLong(Random random) {
        return List.of("1".repeat(100_000), "1".repeat(7) + " " + "h".repeat(50_000),
                "a-".repeat(50_000) + "1", "a-".repeat(50_000) + "!", "AKIA" + "A".repeat(200),
                "x".repeat(257), printable(random, 20_000), unicode(random, 5_000),
                "http://" + "a".repeat(10_000) + ".example.com", " ".repeat(10_000));
    }
}
