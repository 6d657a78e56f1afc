package org.spotspec;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.css.Stylesheet;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsRegions;
import org.spotspec.logging.FileLogging;
import org.spotspec.logging.LogLocation;
import org.spotspec.logging.SecretSafeLogFilter;
import org.spotspec.logging.StartTrace;
import org.spotspec.ui.common.Stylesheets;

/**
 * What the desktop start does on a second thread while the main thread starts the toolkit:
 * setting up logging (Logback takes a tenth of the way to the first window), then loading
 * what the sign-in view needs and is slow the first time (the theme's stylesheet, the SDK's
 * region list). Done in turn on the FX thread they add up; on two cores they overlap.
 *
 * <p>State is static because the launcher and the {@code Application} JavaFX creates can share
 * nothing else; it is written once, before the toolkit starts.
 */
final class WarmUp {
    private static final CountDownLatch LOGGING = new CountDownLatch(1);
    private static volatile boolean started;

    private WarmUp() {
    }

    static void start() {
        started = true;
        var thread = new Thread(WarmUp::run, "spotspec-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until logging is set up (if {@link #start} ran), so that what the app reports about
     * its log file is true. Lines logged before are kept by SLF4J and written once it is.
     */
    static void awaitLogging() {
        if (!started) {
            return;
        }
        try {
            LOGGING.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            startFileLogging();
            StartTrace.mark("logging ready");
        } finally {
            LOGGING.countDown();
        }
        try {
            // Thrown away: the FX thread loads the theme again for real; this readies the CSS
            // classes (converters, values) on the other core. Without it, measured, the first
            // frame came later.
            var theme = Stylesheets.theme();
            if (theme.endsWith(".bss")) {
                Stylesheet.loadBinary(new URL(theme));
            }
            AwsRegions.commercial();
            StartTrace.mark("warm-up done");
        } catch (IOException | RuntimeException e) {
            // Only a head start: whatever failed here is done again, and reported, where it is needed.
            LoggerFactory.getLogger(WarmUp.class).debug("Start-up warm-up skipped: {}", e.toString());
        }
    }

    /**
     * When installed (or asked to), log to a rotating file in the user's log folder as well,
     * before the toolkit is far along so that its start-up problems are in the file too.
     */
    private static void startFileLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            SecretSafeLogFilter.install(context);  // also under a user's own logback configuration
            LogLocation.fromSystem().ifPresent(dir -> FileLogging.start(context, dir));
        }
    }
}
