package org.spotspec.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command-line run: standard output carries the result alone (JSON and CSV must
 * parse), so the console appender is moved to stderr, and quiet (warnings only) unless
 * {@code --verbose} (sign-in and each AWS call) or {@code --debug}. The secret-safe filter of logback.xml
 * stays in effect: only the appender and levels change.
 */
final class CliLogging {
    private static final String CONSOLE = "CONSOLE";

    private CliLogging() {
    }

    static void configure(List<String> args) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var old = root.getAppender(CONSOLE);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{0} - %msg%n");
        encoder.start();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName(CONSOLE);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        boolean debug = args.contains("--debug");
        boolean verbose = debug || args.contains("-v") || args.contains("--verbose");
        root.setLevel(debug ? Level.DEBUG : Level.WARN);
        // SpotSpec's own INFO lines: sign-in, and each AWS call with its status and request id.
        context.getLogger("org.spotspec").setLevel(debug ? Level.DEBUG : verbose ? Level.INFO : Level.WARN);
    }
}
