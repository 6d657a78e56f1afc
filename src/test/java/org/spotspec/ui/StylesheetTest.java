package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import org.junit.jupiter.api.Test;

/** The app's stylesheet parses cleanly: JavaFX only warns on a syntax error and drops what follows. */
class StylesheetTest {
    @Test
    void parsesWithoutErrorsAndKeepsItsLastRules() throws IOException {
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(StylesheetTest.class.getResource("/org/spotspec/ui/spotspec.css"));

        assertThat(CssParser.errorsProperty()).as("parse errors").isEmpty();
        var selectors = sheet.getRules().stream().map(Rule::getSelectors).flatMap(java.util.List::stream)
                .map(Selector::toString).toList();
        assertThat(selectors).as("rules after the Requests/Instances block (lost to a missing brace once)")
                .anyMatch(s -> s.contains("outcome-headline")).anyMatch(s -> s.contains("section-title"));
    }
}
