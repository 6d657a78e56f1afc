package org.spotspec.aws.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of a typed vCPU or memory count, for the app's fields and the command line's options. */
class CountRangeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "4, 4, 4", "2-8, 2, 8", "2-, 2, none", "' 2 - 8 ', 2, 8", "0, 0, 0", "3-3, 3, 3", "9999999-, 9999999, none"})
    void theFormsRead(String text, int min, Integer max) {
        assertThat(CountRange.parse(text)).contains(new CountRange(min, max));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"8-2", "-4", "-", "two", "2-8-9", "1.5", "12345678", "2--8", "4+", "2,8", "0x4"})
    void anythingElseIsNone(String text) {
        assertThat(CountRange.parse(text)).isEmpty();
    }

    /** Fixed-seed fuzz: whatever is typed, a range read never has its maximum below its minimum, and reads back. */
    @ParameterizedTest
    @MethodSource("typed")
    void whateverIsTypedAReadRangeIsSound(String text) {
        CountRange.parse(text).ifPresent(r -> {
            assertThat(r.min()).isNotNegative();
            assertThat(r.max() == null || r.max() >= r.min()).as(text).isTrue();
            var again = r.max() == null ? r.min() + "-" : r.min() + "-" + r.max();
            assertThat(CountRange.parse(again)).contains(r);
        });
    }

    static Stream<String> typed() {
        var random = new Random(20261206);
        var alphabet = "0123456789- .a";
        return IntStream.range(0, 300).mapToObj(i -> {
            var text = new StringBuilder();
            IntStream.range(0, random.nextInt(8)).forEach(k -> text.append(alphabet.charAt(random.nextInt(alphabet.length()))));
            return text.toString();
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"4, 4, 1, 448, true", "0, 0, 1, 448, false", "2, 500, 1, 448, false",
        "2, none, 1, 448, true", "449, none, 1, 448, false"})
    void withinBothEnds(int min, Integer max, int lowest, int highest, boolean within) {
        assertThat(new CountRange(min, max).within(lowest, highest)).isEqualTo(within);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"4, 32, 4096, 32768", "4, none, 4096, none"})
    void gibibytesAreSentInMebibytes(int min, Integer max, int minMib, Integer maxMib) {
        assertThat(new CountRange(min, max).times(1024)).isEqualTo(new CountRange(minMib, maxMib));
    }
}
