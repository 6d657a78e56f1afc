package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.spotspec.testing.RealPostgres;

/**
 * The archive's canary: with every logger at its most verbose (SLF4J, and pgjdbc's
 * java.util.logging), a PostgreSQL password passed as a parameter and one in the URL appear in
 * no log line, no exception text, no location shown, and in no table of either engine.
 */
@ExtendWith(RealPostgres.class)
class ArchiveSecretCanaryTest {
    private static final String PASSWORD = "PgPasswordCanary-41c7";
    private static final String URL_PASSWORD = "UrlPasswordCanary-9d02";
    private final StringBuilder logged = new StringBuilder();
    private AppenderBase<ILoggingEvent> appender;
    private Handler julHandler;
    private Level rootLevel;
    private final java.util.logging.Logger pgjdbc = java.util.logging.Logger.getLogger("org.postgresql");

    @TempDir
    Path temp;

    @BeforeEach
    void everythingAtTrace() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        rootLevel = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                synchronized (logged) {
                    logged.append(e.getFormattedMessage()).append('\n');
                    if (e.getThrowableProxy() != null) {
                        logged.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
                    }
                }
            }
        };
        appender.setContext(context);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        julHandler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logged) {
                    logged.append(r.getMessage()).append(' ')
                            .append(java.util.Arrays.toString(r.getParameters())).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        pgjdbc.setLevel(java.util.logging.Level.FINEST);
        pgjdbc.addHandler(julHandler);
    }

    @AfterEach
    void restoreLogging() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(rootLevel);
        pgjdbc.removeHandler(julHandler);
        pgjdbc.setLevel(null);
    }

    @Test
    void noPasswordReachesLogsMessagesLocationsOrTables(RealPostgres.Server server) throws Exception {
        // The test server trusts loopback: any password is accepted, and must go nowhere.
        var schemaUrl = server.freshSchemaUrl();
        var url = schemaUrl + "&password=" + URL_PASSWORD;
        var texts = new StringBuilder();
        try (var archive = PriceArchives.openPostgres(url, server.user(), PASSWORD.toCharArray(), Duration.ofSeconds(5))) {
            archive.write(ArchiveFixtures.batch(0, 1, 0.5));
            storeWatchEvents(archive);
            texts.append(archive.location()).append(archive.status());
            try (var c = DriverManager.getConnection(schemaUrl, server.properties()); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT s::text FROM series s UNION ALL SELECT c::text FROM coverage c"
                         + " UNION ALL SELECT v::text FROM schema_version v UNION ALL SELECT e::text FROM events e"
                         + " UNION ALL SELECT w::text FROM watch_items w UNION ALL SELECT a::text FROM alert_states a")) {
                while (rs.next()) {
                    texts.append(rs.getString(1));
                }
            }
        }
        var failure = catchThrowable(() -> PriceArchives.openPostgres("jdbc:postgresql://127.0.0.1:1/x?password="
                + URL_PASSWORD, "ana", PASSWORD.toCharArray(), Duration.ofSeconds(1)));
        texts.append(failure.getMessage()).append(stackTrace(failure));

        var file = temp.resolve(PriceArchives.FILE_NAME);
        try (var embedded = PriceArchives.openEmbedded(file)) {
            embedded.write(ArchiveFixtures.batch(0, 1, 0.5));
            storeWatchEvents(embedded);
        }
        texts.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));

        String all;
        synchronized (logged) {
            all = logged + "\n" + texts;
        }
        assertThat(all).contains("Cannot reach the price archive").doesNotContain(PASSWORD).doesNotContain(URL_PASSWORD);
    }

    /** The event tables get rows too: they share the connection that carried the password. */
    private static void storeWatchEvents(PriceArchive archive) {
        var event = new org.spotspec.watch.WatchEvent(ArchiveFixtures.T0, "123456789012", "eu-west-1",
                org.spotspec.watch.EventKind.REQUEST_NEW, "sir-1", "", "open", "New request", org.spotspec.watch.Severity.INFO);
        archive.events().record(new org.spotspec.watch.RegionSnapshot("123456789012", "eu-west-1",
                java.util.Map.of("sir-1", new org.spotspec.watch.SeenItem("sir-1", "open", "pending-evaluation")),
                java.util.Map.of()), java.util.List.of(event));
        archive.events().recordAlerts(java.util.Map.of("m5.large,eu-west-1,>0.05|m5.large eu-west-1a Linux/UNIX", "above"),
                java.util.List.of());
    }

    private static String stackTrace(Throwable t) {
        var out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
