package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.spotspec.ui.common.Stylesheets;

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

    /**
     * The app loads the binary forms the build makes (.bss): they must exist and say what the CSS
     * text says, or an edited stylesheet would be shadowed by a stale binary one.
     */
    @Test
    void theBinaryStylesheetsMatchTheirCssText() throws IOException {
        assertThat(Stylesheets.theme()).endsWith("/org/spotspec/ui/primer-light.bss");
        assertThat(Stylesheets.app()).endsWith("/org/spotspec/ui/spotspec.bss");

        assertSameRules(Stylesheet.loadBinary(new java.net.URL(Stylesheets.app())),
                new CssParser().parse(Path.of("src/main/resources/org/spotspec/ui/spotspec.css").toUri().toURL()));
        var themeText = new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
        assertSameRules(Stylesheet.loadBinary(new java.net.URL(Stylesheets.theme())),
                new CssParser().parse(Stylesheets.class.getResource(themeText)));
    }

    private static void assertSameRules(Stylesheet binary, Stylesheet text) {
        assertThat(binary.getRules()).hasSameSizeAs(text.getRules());
        assertThat(binary.getRules().stream().map(StylesheetTest::describe).toList())
                .isEqualTo(text.getRules().stream().map(StylesheetTest::describe).toList());
    }

    /** Selectors and declared properties (a parsed value's text form differs between the two). */
    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? " !important" : ""))
                .toList();
    }
}
