package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The credential_process splitter against what the AWS CLI does: Python's shlex.split (the
 * expected words below are what Python 3 printed for each line) and botocore's Windows splitter;
 * then a fixed-seed fuzz: random argument lists, quoted as a shell (or Windows) would need,
 * come back word for word.
 */
class CommandLineTest {

    static Stream<Arguments> posix() {
        return Stream.of(
                Arguments.of("/usr/bin/tool --profile dev", List.of("/usr/bin/tool", "--profile", "dev")),
                Arguments.of("  tool   a\tb  \n", List.of("tool", "a", "b")),
                Arguments.of("tool 'a b' \"c d\"", List.of("tool", "a b", "c d")),
                Arguments.of("tool \"a\\\"b\" 'it'\\''s'", List.of("tool", "a\"b", "it's")),
                Arguments.of("tool a\\ b", List.of("tool", "a b")),
                Arguments.of("tool \"a\\nb\"", List.of("tool", "a\\nb")),
                Arguments.of("tool \"a\\\\b\"", List.of("tool", "a\\b")),
                Arguments.of("tool 'a\\b'", List.of("tool", "a\\b")),
                Arguments.of("tool '' \"\"", List.of("tool", "", "")),
                Arguments.of("tool $(whoami) ; rm -rf x", List.of("tool", "$(whoami)", ";", "rm", "-rf", "x")),
                Arguments.of("tool a\"b c\"d", List.of("tool", "ab cd")),
                Arguments.of("tool #c ~/x *", List.of("tool", "#c", "~/x", "*")),
                Arguments.of("tool \"\\$HOME\"", List.of("tool", "\\$HOME")),
                Arguments.of("", List.of()),
                Arguments.of(" \t ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("posix")
    void splitsAsPythonsShlexDoes(String line, List<String> words) {
        assertThat(CommandLine.splitPosix(line)).containsExactlyElementsOf(words);
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of("C:\\Tools\\tool.exe --x", List.of("C:\\Tools\\tool.exe", "--x")),
                Arguments.of("\"C:\\Program Files\\tool.exe\" arg", List.of("C:\\Program Files\\tool.exe", "arg")),
                Arguments.of("tool a\\\\\\\"b", List.of("tool", "a\\\"b")),
                Arguments.of("tool \"a\\\\\" b", List.of("tool", "a\\", "b")),
                Arguments.of("tool 'a b'", List.of("tool", "'a", "b'")),
                Arguments.of("tool \"\" x", List.of("tool", "", "x")),
                Arguments.of("tool a\\\\b c\\", List.of("tool", "a\\\\b", "c\\")),
                Arguments.of("tool \"a\"\"b\"", List.of("tool", "ab")),
                Arguments.of("", List.of()),
                Arguments.of("   ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void splitsAsTheAwsCliDoesOnWindows(String line, List<String> words) {
        assertThat(CommandLine.splitWindows(line)).containsExactlyElementsOf(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tool \"abc", "tool 'abc", "tool abc\\", "tool \"abc\\", "'"})
    void anUnclosedQuoteOrATrailingEscapeIsAnError(String line) {
        assertThatThrownBy(() -> CommandLine.splitPosix(line)).isInstanceOf(CommandLine.SyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tool \"abc", "\"", "tool \\\"a \"b"})
    void anUnclosedQuoteIsAnErrorOnWindows(String line) {
        assertThatThrownBy(() -> CommandLine.splitWindows(line)).isInstanceOf(CommandLine.SyntaxException.class);
    }

    // --- fixed-seed fuzz ---

    private static final String ALPHABET = "ab Z9-_./:=\t'\"\\$();&|#*~`!é\n";
    private static final long SEED = 20_261_206L;

    static Stream<Arguments> randomArgvs() {
        var random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(i, argv(random), random.nextLong()));
    }

    private static List<String> argv(Random random) {
        var words = new ArrayList<String>();
        int count = 1 + random.nextInt(5);
        for (int w = 0; w < count; w++) {
            var word = new StringBuilder();
            int length = random.nextInt(8); // 0: an empty argument
            for (int c = 0; c < length; c++) {
                word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    @ParameterizedTest(name = "#{0}: {1}")
    @MethodSource("randomArgvs")
    void anyArgumentListQuotedForAPosixShellComesBackWordForWord(int index, List<String> argv, long salt) {
        var random = new Random(salt);
        var line = argv.stream().map(w -> posixQuote(w, random.nextInt(3))).collect(Collectors.joining(" "));
        assertThat(CommandLine.splitPosix(line)).containsExactlyElementsOf(argv);
    }

    @ParameterizedTest(name = "#{0}: {1}")
    @MethodSource("randomArgvs")
    void anyArgumentListQuotedForWindowsComesBackWordForWord(int index, List<String> argv, long salt) {
        var line = argv.stream().map(CommandLineTest::windowsQuote).collect(Collectors.joining(" "));
        assertThat(CommandLine.splitWindows(line)).containsExactlyElementsOf(argv);
    }

    @ParameterizedTest(name = "#{0}")
    @MethodSource("randomArgvs")
    void anyTextSplitsOrFailsWithASyntaxErrorOnly(int index, List<String> argv, long salt) {
        var text = String.join("", argv);
        for (var split : List.<java.util.function.Function<String, List<String>>>of(
                CommandLine::splitPosix, CommandLine::splitWindows)) {
            try {
                assertThat(split.apply(text)).doesNotContainNull();
            } catch (CommandLine.SyntaxException expected) {
                assertThat(expected).hasMessageStartingWith("No ");
            }
        }
    }

    /** Three ways a shell user quotes: Python's shlex.quote, double quotes, backslashes. */
    private static String posixQuote(String word, int style) {
        if (style == 0 || word.isEmpty()) {
            return "'" + word.replace("'", "'\"'\"'") + "'";
        }
        if (style == 1) {
            return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return word.chars().mapToObj(c -> "\\" + (char) c).collect(Collectors.joining());
    }

    /** How a Windows program quotes an argument for CommandLineToArgvW. */
    private static String windowsQuote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return word;
        }
        var quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : word.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
