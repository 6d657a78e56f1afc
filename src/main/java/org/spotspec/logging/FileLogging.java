package org.spotspec.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.ILoggerFactory;

/**
 * Adds a rotating log file to Logback's root logger, configured in code so that no Janino
 * {@code <if>} is needed in {@code logback.xml}: {@code spotspec.log}, rolled at
 * {@value #MAX_FILE_MB} MB into {@code spotspec.1.log} … {@code spotspec.4.log}, so at most
 * {@value #MAX_FILES} files and {@value #MAX_FILES}×{@value #MAX_FILE_MB} MB on disk.
 *
 * <p>The file gets exactly what the console gets: the loggers' levels (INFO, the AWS SDK at WARN)
 * and the context-wide {@link SecretSafeLogFilter}, which is added here if a replaced
 * configuration lacks it, so no configuration writes a file without it.
 */
public final class FileLogging {
    static final String APPENDER_NAME = "FILE";
    static final int MAX_FILES = 5;
    static final int MAX_FILE_MB = 5;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private FileLogging() {
    }

    /**
     * Starts logging into {@code directory/spotspec.log}, creating the folder.
     *
     * @return the log file, or empty if the folder cannot be created (the app then logs to the
     *         console only, and says so there)
     */
    public static Optional<Path> start(LoggerContext context, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            context.getLogger(FileLogging.class).warn("No log file: cannot create {} ({})", directory, e.toString());
            return Optional.empty();
        }
        SecretSafeLogFilter.install(context);
        var file = directory.resolve(LogLocation.FILE_NAME).toAbsolutePath();
        var appender = new RollingFileAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(file.toString());

        var rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        // Forward slashes: a backslash is an escape character in Logback's file name patterns, and
        // Windows takes either separator.
        rolling.setFileNamePattern(directory.toAbsolutePath().toString().replace('\\', '/') + "/spotspec.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(MAX_FILES - 1);
        rolling.start();

        var trigger = new SizeBasedTriggeringPolicy<ILoggingEvent>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_MB + "MB"));
        // Logback looks at the file's size at most once a minute by default, so a burst could
        // grow it well past the limit; once a second costs one stat() and keeps the cap honest.
        trigger.setCheckIncrement(Duration.buildBySeconds(1));
        trigger.start();

        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted()) {
            return Optional.empty();
        }
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        stop(context);
        root.addAppender(appender);
        return Optional.of(file);
    }

    /** The file the root logger writes to, if file logging was started on this factory. */
    public static Optional<Path> activeFile(ILoggerFactory factory) {
        if (!(factory instanceof LoggerContext context)) {
            return Optional.empty();
        }
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER_NAME);
        if (appender instanceof RollingFileAppender<ILoggingEvent> file && file.isStarted()) {
            return Optional.of(Path.of(file.getFile()));
        }
        return Optional.empty();
    }

    /** Stops and removes the file appender, if any (for tests, and before a restart). */
    public static void stop(LoggerContext context) {
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var old = root.getAppender(APPENDER_NAME);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
    }
}
