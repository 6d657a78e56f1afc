package org.spotspec.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterTest {
    private static ResultTable sample() {
        return new ResultTable(Column.of("id", "ID"), Column.of("maxPrice", "PRICE"), Column.detail("note"),
                Column.of("created", "CREATED"))
                .add("sir-1", new BigDecimal("0.050000"), "a, \"quoted\"\nnote", Instant.parse("2026-11-27T06:50:00Z"))
                .add("sir-22222", null, "", null);
    }

    @Test
    void tableAlignsColumnsRightAlignsNumbersAndLeavesNoTrailingSpaces() {
        assertThat(Printer.table(sample())).isEqualTo("""
                ID            PRICE  CREATED
                sir-1      0.050000  2026-11-27T06:50:00Z
                sir-22222         -  -
                """);
    }

    @Test
    void jsonIsAnArrayOfObjectsWithEveryColumn() {
        assertThat(Printer.json(sample())).isEqualTo("[\n"
                + "  {\"id\": \"sir-1\", \"maxPrice\": 0.050000, \"note\": \"a, \\\"quoted\\\"\\nnote\", "
                + "\"created\": \"2026-11-27T06:50:00Z\"},\n"
                + "  {\"id\": \"sir-22222\", \"maxPrice\": null, \"note\": \"\", \"created\": null}\n"
                + "]\n");
        assertThat(Printer.json(new ResultTable(Column.of("id", "ID")))).isEqualTo("[]\n");
    }

    @Test
    void csvHasASnakeCaseHeaderCrlfAndQuotesWhatMustBeQuoted() {
        assertThat(Printer.csv(sample())).isEqualTo("id,max_price,note,created\r\n"
                + "sir-1,0.050000,\"a, \"\"quoted\"\"\nnote\",2026-11-27T06:50:00Z\r\n"
                + "sir-22222,,,\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|'\"plain\"'",
        "tab\there|'\"tab\\there\"'",
        "back\\slash|'\"back\\\\slash\"'"})
    void jsonStringsEscapeControlCharactersQuotesAndBackslashes(String text, String json) {
        assertThat(Json.string(text)).isEqualTo(json);
    }

    @Test
    void otherControlCharactersAreUnicodeEscapes() {
        assertThat(Json.string("bell\u0007 line\u2028")).isEqualTo("\"bell\\u0007 line\\u2028\"");
    }

    @Test
    void jsonNumbersNeverUseExponentsAndNaNIsNull() {
        assertThat(Json.value(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(Json.value(Double.NaN)).isEqualTo("null");
        assertThat(Json.value(true)).isEqualTo("true");
        assertThat(Json.value(42L)).isEqualTo("42");
    }
}
