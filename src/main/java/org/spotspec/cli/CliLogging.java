package org.spotspec.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.spotspec.logging.LogSetup;
import org.spotspec.logging.SecretSafeLogFilter;

/**
 * Logging for a command-line run: standard output carries the result alone (JSON and CSV must
 * parse), so the console appender is moved to stderr, and quiet (warnings only) unless
 * {@code --verbose} (sign-in and each AWS call) or {@code --debug}. The secret-safe filter is
 * made sure of first, whatever logging configuration is in use.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void configure(List<String> args) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        SecretSafeLogFilter.install(context);
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var old = root.getAppender(LogSetup.CONSOLE);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        root.addAppender(LogSetup.console(context, "%-5level %logger{0} - %msg%n", "System.err"));
        boolean debug = args.contains("--debug");
        boolean verbose = debug || args.contains("-v") || args.contains("--verbose");
        root.setLevel(debug ? Level.DEBUG : Level.WARN);
        // SpotSpec's own INFO lines: sign-in, and each AWS call with its status and request id.
        context.getLogger("org.spotspec").setLevel(debug ? Level.DEBUG : verbose ? Level.INFO : Level.WARN);
    }
}
