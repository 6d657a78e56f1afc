package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet parses without an error: JavaFX only warns on the console and drops the rules
 * after a slip (a lost brace once silently un-bolded the status details and the launch result).
 */
class StylesheetTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (var files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (var sheet : sheets) {
            CssParser.errorsProperty().clear();
            var parsed = new CssParser().parse(sheet.toUri().toURL());

            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
            assertThat(parsed.getRules()).as(sheet.toString()).isNotEmpty();
        }
    }
}
