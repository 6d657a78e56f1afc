package org.spotspec.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.Marker;

/**
 * Drops debug and trace lines from the AWS SDK's loggers that print signed requests or
 * credential details: the SigV4 signers log the canonical request, which holds the
 * {@code X-Amz-Security-Token} header, and the credential providers name what they load.
 * SpotSpec's own code never logs a secret; this guards the libraries it uses.
 */
public final class SecretSafeLogFilter extends TurboFilter {
    private static final List<String> UNSAFE_BELOW_INFO = List.of(
            "software.amazon.awssdk.auth",
            "software.amazon.awssdk.http.auth",
            "software.amazon.awssdk.identity",
            "software.amazon.awssdk.profiles",
            "software.amazon.awssdk.services.sts.auth",
            "software.amazon.awssdk.request",
            "software.amazon.awssdk.requestId",
            "software.amazon.awssdk.http.urlconnection",
            "software.amazon.awssdk.core.interceptor",
            "software.amazon.awssdk.core.internal.http");

    /**
     * Puts the filter into {@code context} unless it is there already: every way logging is set
     * up (the app's own set-up, a user's logback file, the log file, the command line) calls this,
     * so no configuration can leave it out.
     */
    public static void install(LoggerContext context) {
        if (context.getTurboFilterList().stream().noneMatch(SecretSafeLogFilter.class::isInstance)) {
            var filter = new SecretSafeLogFilter();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level != null && level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        var name = logger.getName();
        for (var prefix : UNSAFE_BELOW_INFO) {
            if (name.startsWith(prefix)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
