package org.spotspec.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The logging set-up, in code rather than a {@code logback.xml}: Logback finds it through
 * {@code META-INF/services} before it looks for a file, which spares every start the XML
 * parser and Logback's configuration model (a sixth of the time to the first window).
 *
 * <p>A {@code -Dlogback.configurationFile=...} still wins: then this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** The console appender's name. */
    public static final String CONSOLE = "CONSOLE";
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // The SDK's signers log canonical requests (with the session token) below INFO; never let
        // them through, whatever level a user sets.
        SecretSafeLogFilter.install(context);
        context.getLogger("software.amazon.awssdk").setLevel(Level.WARN);
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console(context, CONSOLE_PATTERN, "System.out"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The console appender ({@value #CONSOLE}), to {@code System.out} or {@code System.err}. */
    public static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String pattern, String target) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName(CONSOLE);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
