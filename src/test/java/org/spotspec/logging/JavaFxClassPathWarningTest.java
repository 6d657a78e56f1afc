package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.testing.LoggedMessages;

class JavaFxClassPathWarningTest {
    private final LoggedMessages handler = new LoggedMessages();
    private final List<String> published = handler.messages();
    private Logger logger;

    @AfterEach
    void restore() {
        logger.removeHandler(handler);
        logger.setFilter(null);
    }

    @Test
    void dropsOnlyTheClassPathWarning() {
        logger = JavaFxClassPathWarning.silence();
        logger.addHandler(handler);

        logger.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d4e'");
        logger.warning("CSS Error parsing file:/app/spotspec.css: Expected '<number>'");
        logger.log(Level.SEVERE, "Graphics Device initialization failed for :  es2, sw");

        assertThat(published).containsExactly("CSS Error parsing file:/app/spotspec.css: Expected '<number>'",
                "Graphics Device initialization failed for :  es2, sw");
        assertThat(logger).isSameAs(Logger.getLogger("javafx"));
    }

    @Test
    void keepsAFilterThatWasThereBefore() {
        logger = Logger.getLogger(JavaFxClassPathWarning.LOGGER);
        logger.setFilter(record -> !record.getMessage().contains("noise"));
        JavaFxClassPathWarning.silence();
        logger.addHandler(handler);

        logger.warning("some noise");
        logger.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module'");
        logger.warning("a real problem");

        assertThat(published).containsExactly("a real problem");
    }
}
