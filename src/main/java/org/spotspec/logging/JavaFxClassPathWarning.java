package org.spotspec.logging;

import java.util.logging.Logger;

/**
 * JavaFX warns at every start that it was loaded from the class path ("Unsupported JavaFX
 * configuration"). SpotSpec runs it from the class path on purpose (a plain launcher class, one
 * class path for jpackage and AppCDS), so the warning only worries users who start the app from
 * a terminal. This drops that one message; JavaFX's other warnings (CSS, rendering) still show.
 */
public final class JavaFxClassPathWarning {
    /** JavaFX's java.util.logging logger, whose records go to the console. */
    static final String LOGGER = "javafx";
    static final String MESSAGE_START = "Unsupported JavaFX configuration";
    /** java.util.logging holds loggers weakly; a new one would come without the filter. */
    private static volatile Logger kept;

    private JavaFxClassPathWarning() {
    }

    /** Filters the warning out (for the rest of the run); returns JavaFX's logger. */
    public static Logger silence() {
        var logger = Logger.getLogger(LOGGER);
        var previous = logger.getFilter();
        logger.setFilter(record -> !isClassPathWarning(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
        kept = logger;
        return logger;
    }

    static boolean isClassPathWarning(String message) {
        return message != null && message.startsWith(MESSAGE_START);
    }
}
