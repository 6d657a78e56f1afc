package org.spotspec.aws;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.xml.stream.XMLStreamException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Explains the failures where no AWS error came back: no connection, a connection that broke,
 * an answer that was empty, cut off or unreadable, or none in time. Each names the fault, how
 * many attempts the SDK made, and whether AWS may have acted anyway (then: look before trying
 * again; a retried launch carries the same ClientToken, so EC2 launches it once).
 */
final class TransportFaults {
    private static final Pattern MILLIS = Pattern.compile("(\\d+) millis");
    private static final String MAY_HAVE_ACTED = " If it was a change (launch, cancel, terminate), AWS may have "
            + "made it: refresh to see before doing it again.";
    /**
     * The faults whose explanation adds {@link #MAY_HAVE_ACTED}: the request may have reached AWS.
     * A timeout while connecting shares the code "Timeout" and counts too: whether AWS acted is unknown.
     */
    private static final java.util.Set<String> MAY_HAVE_ACTED_CODES = java.util.Set.of("Timeout", "ConnectionReset",
            "EmptyAnswer", "NotHttp", "TruncatedAnswer", "MalformedAnswer");

    private TransportFaults() {
    }

    /** Whether a fault named {@code code} (one of this class's) may have let AWS act on the request. */
    static boolean mayHaveActed(String code) {
        return MAY_HAVE_ACTED_CODES.contains(code);
    }

    static AwsProblem explain(String action, Throwable cause) {
        int attempts = attempts(cause);
        if (cause instanceof ApiCallAttemptTimeoutException) {
            return problem(action, "Timeout", AwsProblem.Kind.TIMEOUT, "Timed out: AWS did not answer within "
                    + seconds(cause) + (attempts > 1 ? ", on each of " + attempts + " attempts." : "."),
                    "Check your network or the endpoint URL under Advanced, then try again." + MAY_HAVE_ACTED, cause);
        }
        if (cause instanceof ApiCallTimeoutException) {
            return problem(action, "Timeout", AwsProblem.Kind.TIMEOUT, "Timed out: the call did not finish within "
                    + seconds(cause) + tried(attempts, " (all attempts included)") + ".",
                    "Check your network or the endpoint URL under Advanced, then try again." + MAY_HAVE_ACTED, cause);
        }
        if (hasCause(cause, SocketTimeoutException.class)) {
            boolean connecting = rootMessage(cause).toLowerCase(Locale.ROOT).contains("connect");
            return problem(action, "Timeout", AwsProblem.Kind.TIMEOUT, connecting
                    ? "Timed out connecting to the AWS endpoint" + tried(attempts, "") + "."
                    : "Timed out: AWS stopped answering midway" + tried(attempts, "") + ".",
                    "Check your network or the endpoint URL under Advanced, then try again."
                            + (connecting ? "" : MAY_HAVE_ACTED), cause);
        }
        if (hasCause(cause, UnknownHostException.class)) {
            return problem(action, "UnknownHost", AwsProblem.Kind.NETWORK,
                    "The AWS endpoint's host name could not be resolved.",
                    "Check your internet connection, proxy, or the endpoint URL under Advanced.", cause);
        }
        if (hasCause(cause, ConnectException.class)) {
            return problem(action, "ConnectionRefused", AwsProblem.Kind.NETWORK,
                    "Could not connect to the AWS endpoint" + tried(attempts, "") + ".",
                    "Check your network, or that the local endpoint under Advanced is running.", cause);
        }
        if (hasCause(cause, SSLException.class)) {
            return problem(action, "TlsFailure", AwsProblem.Kind.NETWORK,
                    "The secure connection to AWS failed.",
                    "A proxy may be intercepting TLS; check the network or the endpoint URL.", cause);
        }
        return brokenAnswer(action, cause, attempts);
    }

    /** The connection was made and then something other than a readable answer came back. */
    private static AwsProblem brokenAnswer(String action, Throwable cause, int attempts) {
        var root = rootMessage(cause).toLowerCase(Locale.ROOT);
        if (hasCause(cause, SocketException.class) && root.contains("connection reset")) {
            return problem(action, "ConnectionReset", AwsProblem.Kind.NETWORK,
                    "The connection was reset before AWS's answer arrived" + tried(attempts, "") + ".",
                    "Try again; if it keeps happening, a proxy, VPN or firewall may be cutting connections."
                            + MAY_HAVE_ACTED, cause);
        }
        if (root.contains("unexpected end of file")) {
            return problem(action, "EmptyAnswer", AwsProblem.Kind.NETWORK,
                    "The endpoint closed the connection without answering" + tried(attempts, "") + ".",
                    "Try again; if it keeps happening, check the endpoint URL under Advanced and your network."
                            + MAY_HAVE_ACTED, cause);
        }
        if (root.contains("200 with an empty body")) {
            return problem(action, "EmptyAnswer", AwsProblem.Kind.SERVICE_ERROR,
                    "The endpoint answered HTTP 200 with an empty body instead of AWS's answer, so the result is "
                            + "unknown; something other than AWS (a proxy or emulator) may have answered.",
                    "Try again; if it keeps happening, check the endpoint URL under Advanced." + MAY_HAVE_ACTED, cause);
        }
        if (root.contains("invalid http response")) {
            return problem(action, "NotHttp", AwsProblem.Kind.NETWORK,
                    "The endpoint answered with something that is not HTTP" + tried(attempts, "") + ".",
                    "Check the endpoint URL under Advanced (scheme and port) and any proxy in the way."
                            + MAY_HAVE_ACTED, cause);
        }
        if (root.contains("premature eof") || root.contains("must start and end within the same entity")
                || root.contains("unexpected eof")) {
            return problem(action, "TruncatedAnswer", AwsProblem.Kind.NETWORK,
                    "AWS's answer broke off before it was complete, so it could not be read (the connection "
                            + "closed midway).", "Try again." + MAY_HAVE_ACTED, cause);
        }
        if (hasCause(cause, XMLStreamException.class) || root.contains("could not parse")) {
            return problem(action, "MalformedAnswer", AwsProblem.Kind.SERVICE_ERROR,
                    "The answer is not well-formed XML (garbled or cut off), so it could not be read; something "
                            + "other than AWS (a proxy or emulator) may have answered.",
                    "Try again; if it keeps happening, check the endpoint URL under Advanced." + MAY_HAVE_ACTED, cause);
        }
        if (cause instanceof SdkClientException) {
            return problem(action, "ClientError", AwsProblem.Kind.OTHER,
                    "The request could not be made" + tried(attempts, "") + ".",
                    "Check the network and the sign-in details.", cause);
        }
        return problem(action, cause.getClass().getSimpleName(), AwsProblem.Kind.OTHER,
                "An unexpected error occurred.", "Try again; if it persists, report it with the log.", cause);
    }

    /** How many attempts the SDK made, 0 when it does not say. */
    static int attempts(Throwable t) {
        return t instanceof SdkException e && e.numAttempts() != null ? e.numAttempts() : 0;
    }

    private static String tried(int attempts, String otherwise) {
        return attempts > 1 ? " (" + attempts + " attempts)" : otherwise;
    }

    /** "0.8 s", "3 s": the limit the SDK names in its message, or "the time limit". */
    private static String seconds(Throwable t) {
        var m = MILLIS.matcher(String.valueOf(t.getMessage()));
        if (!m.find()) {
            return "the time limit";
        }
        long millis = Long.parseLong(m.group(1));
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : String.format(Locale.ROOT, "%.1f", millis / 1000.0)) + " s";
    }

    private static AwsProblem problem(String action, String code, AwsProblem.Kind kind, String meaning,
                                      String next, Throwable cause) {
        return new AwsProblem(action, code, meaning, next, "", 0, kind, Redaction.scrub(rootMessage(cause)));
    }

    static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (var c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        var root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
