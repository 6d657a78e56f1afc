package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.spotspec.testing.TestAws;

/**
 * File logging writes what the console gets into the user's log folder (here a temp folder),
 * rotates, and keeps the AWS SDK's secret-bearing debug lines out like the console does.
 */
class FileLoggingTest {
    /** A logger the SDK's SigV4 signer really uses; at DEBUG it prints the canonical request. */
    private static final String SIGNER = "software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner";

    @TempDir
    Path dir;

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private LoggerContext fresh;

    @AfterEach
    void stopFileLogging() {
        FileLogging.stop(context);
        context.getLogger(SIGNER).setLevel(null);
        context.getLogger("org.spotspec.logging").setLevel(null);
        if (fresh != null) {
            fresh.stop();
        }
    }

    @Test
    void aLogLineLandsInTheFileAndNoSecretDoes() throws Exception {
        var file = FileLogging.start(context, dir.resolve("SpotSpec/logs")).orElseThrow();
        assertThat(file).isEqualTo(dir.resolve("SpotSpec/logs/spotspec.log").toAbsolutePath());
        assertThat(FileLogging.activeFile(context)).contains(file);

        context.getLogger("org.spotspec.logging").setLevel(Level.DEBUG);
        context.getLogger(SIGNER).setLevel(Level.TRACE);
        LoggerFactory.getLogger(FileLoggingTest.class).info("signed in to account {}", "123456789012");
        LoggerFactory.getLogger(FileLoggingTest.class).debug("debug lines pass where the level allows");
        LoggerFactory.getLogger(SIGNER).debug("Canonical request: x-amz-security-token:{}", TestAws.SESSION_TOKEN);
        LoggerFactory.getLogger(SIGNER).trace("secret {}", TestAws.SECRET);

        var text = Files.readString(file);
        assertThat(text).contains("INFO ", "signed in to account 123456789012", "FileLoggingTest")
                .contains("debug lines pass where the level allows")
                .doesNotContain(TestAws.SESSION_TOKEN, TestAws.SECRET, "Canonical request");
    }

    @Test
    void theSecretFilterIsAddedWhenAConfigurationLacksIt() throws Exception {
        fresh = new LoggerContext();
        fresh.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        fresh.start();
        assertThat(fresh.getTurboFilterList()).isEmpty();
        var file = FileLogging.start(fresh, dir).orElseThrow();
        fresh.getLogger(SIGNER).setLevel(Level.TRACE);
        fresh.getLogger(SIGNER).debug("x-amz-security-token:{}", TestAws.SESSION_TOKEN);
        fresh.getLogger("org.spotspec.App").info("started");

        assertThat(fresh.getTurboFilterList()).hasAtLeastOneElementOfType(SecretSafeLogFilter.class);
        assertThat(Files.readString(file)).contains("started").doesNotContain(TestAws.SESSION_TOKEN);
    }

    @Test
    void rotatesAtFiveMegabytesKeepingFiveFilesAtMost() {
        FileLogging.start(context, dir);
        var appender = (RollingFileAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender(FileLogging.APPENDER_NAME);
        var rolling = (FixedWindowRollingPolicy) appender.getRollingPolicy();
        var trigger = (SizeBasedTriggeringPolicy<ILoggingEvent>) appender.getTriggeringPolicy();

        assertThat(rolling.getMaxIndex() - rolling.getMinIndex() + 2).as("active file + archives").isEqualTo(5);
        assertThat(rolling.getFileNamePattern()).endsWith("spotspec.%i.log");
        assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(trigger.getCheckIncrement().getMilliseconds()).isEqualTo(1000);
    }

    @Test
    void rollsTheFileOverOnceItPassesFiveMegabytes() throws Exception {
        var file = FileLogging.start(context, dir).orElseThrow();
        var log = LoggerFactory.getLogger(FileLoggingTest.class);
        var line = "x".repeat(1000);
        var archive = dir.resolve("spotspec.1.log");
        // The size is checked once a second, not on every line: log until the roll-over happens.
        // Megabytes of filler stay out of the build's console.
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var console = root.getAppender("CONSOLE");
        root.detachAppender(console);
        try {
            var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            for (var i = 0; Files.notExists(archive) && System.nanoTime() < deadline; i++) {
                log.info("{} {}", i, line);
            }
            log.info("after the roll-over");
        } finally {
            root.addAppender(console);
        }

        assertThat(archive).exists();
        assertThat(Files.size(archive)).isGreaterThanOrEqualTo(5L * 1024 * 1024);
        assertThat(Files.size(file)).isLessThan(5L * 1024 * 1024);
        assertThat(Files.readString(file)).contains("after the roll-over");
    }

    @Test
    void startingTwiceKeepsOneFileAppender() {
        FileLogging.start(context, dir.resolve("a"));
        var second = FileLogging.start(context, dir.resolve("b")).orElseThrow();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var count = 0;
        for (var it = root.iteratorForAppenders(); it.hasNext(); it.next()) {
            count++;
        }
        assertThat(FileLogging.activeFile(context)).contains(second);
        assertThat(count).as("console + one file").isEqualTo(2);
    }

    @Test
    void noFolderMeansConsoleOnly() throws Exception {
        var blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(FileLogging.start(context, blocker.resolve("logs"))).isEmpty();
        assertThat(FileLogging.activeFile(context)).isEmpty();
    }
}
