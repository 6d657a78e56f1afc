package org.spotspec.aws;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Maps whatever an AWS call threw to an {@link AwsProblem}: the code, what it means and what to
 * do, for every error the app must handle itself (the SDK already retried 5xx, I/O and
 * throttling before we see them).
 */
public final class ErrorTranslator {

    private record Explanation(AwsProblem.Kind kind, String meaning, String nextStep) {
    }

    private static final Map<String, Explanation> KNOWN = Map.ofEntries(
            Map.entry("expiredtoken", expired()),
            // Other SDKs treat these two as expired credentials as well (EC2 answers RequestExpired).
            Map.entry("expiredtokenexception", expired()),
            Map.entry("requestexpired", new Explanation(AwsProblem.Kind.EXPIRED_SESSION,
                    "AWS says the request has expired: the session credentials ended, or this computer's clock is "
                            + "off by more than a few minutes.",
                    "Renew the session with a fresh MFA code; if it happens again, set the system clock right.")),
            Map.entry("authfailure", new Explanation(AwsProblem.Kind.BAD_CREDENTIALS,
                    "AWS could not validate the credentials: the access key may be inactive, deleted or wrong.",
                    "Check the access key in the IAM console, then sign in again with a working key.")),
            Map.entry("invalidclienttokenid", new Explanation(AwsProblem.Kind.BAD_CREDENTIALS,
                    "AWS does not know this access key id (typed wrong, deleted, or from another partition).",
                    "Check the access key id, or choose another profile.")),
            Map.entry("signaturedoesnotmatch", new Explanation(AwsProblem.Kind.BAD_CREDENTIALS,
                    "The request signature is wrong: the secret access key does not belong to the key id, "
                            + "or this computer's clock is off.",
                    "Re-enter the secret key (or fix the profile), and check the system clock.")),
            Map.entry("unauthorizedoperation", new Explanation(AwsProblem.Kind.PERMISSION,
                    "Your IAM policy does not allow this action.",
                    "Ask an administrator for the permission (Help → IAM policy lists what SpotSpec needs); "
                            + "if the policy requires MFA, sign in with an MFA session.")),
            Map.entry("accessdenied", new Explanation(AwsProblem.Kind.PERMISSION,
                    "AWS denied the request.",
                    "Check the IAM policy of this user (Help → IAM policy), and whether it requires MFA.")),
            Map.entry("throttling", throttled()),
            Map.entry("throttlingexception", throttled()),
            Map.entry("requestlimitexceeded", throttled()),
            Map.entry("optinrequired", new Explanation(AwsProblem.Kind.PERMISSION,
                    "This account has not enabled the region or service.",
                    "Choose another region, or enable it in the account settings.")),
            Map.entry("regiondisabledexception", new Explanation(AwsProblem.Kind.PERMISSION,
                    "STS is not activated for this account in the chosen region.",
                    "Choose another region, or activate STS for it in the IAM console.")),
            Map.entry("invalidparametervalue", badInput()),
            Map.entry("validationerror", badInput()),
            Map.entry("invalidparametercombination", badInput()),
            Map.entry("missingparameter", badInput()),
            Map.entry("maxspotinstancecountexceeded", new Explanation(AwsProblem.Kind.BAD_INPUT,
                    "The account's Spot Instance quota for this region would be exceeded.",
                    "Launch fewer instances, terminate some, or request a higher Spot vCPU quota.")),
            Map.entry("dryrunoperation", new Explanation(AwsProblem.Kind.DRY_RUN_SUCCEEDED,
                    "The request would have succeeded (dry run: nothing was changed).",
                    "Run it again without dry run to do it.")));

    private ErrorTranslator() {
    }

    /** Explains {@code failure}; {@code action} names what the user tried, e.g. "Sign in". */
    public static AwsProblem translate(String action, Throwable failure) {
        var cause = unwrap(failure);
        if (cause instanceof AwsProblemException p) {
            return p.problem().withAction(action);
        }
        if (cause instanceof AwsServiceException e) {
            return fromService(action, e);
        }
        if (cause instanceof ApiCallTimeoutException || cause instanceof ApiCallAttemptTimeoutException
                || hasCause(cause, SocketTimeoutException.class)) {
            return problem(action, "Timeout", AwsProblem.Kind.TIMEOUT,
                    "AWS did not answer in time.",
                    "Check your network or the endpoint URL, then try again.", cause);
        }
        if (hasCause(cause, UnknownHostException.class)) {
            return problem(action, "UnknownHost", AwsProblem.Kind.NETWORK,
                    "The AWS endpoint's host name could not be resolved.",
                    "Check your internet connection, proxy, or the endpoint URL under Advanced.", cause);
        }
        if (hasCause(cause, ConnectException.class)) {
            return problem(action, "ConnectionRefused", AwsProblem.Kind.NETWORK,
                    "Could not connect to the AWS endpoint.",
                    "Check your network, or that the local endpoint under Advanced is running.", cause);
        }
        if (hasCause(cause, SSLException.class)) {
            return problem(action, "TlsFailure", AwsProblem.Kind.NETWORK,
                    "The secure connection to AWS failed.",
                    "A proxy may be intercepting TLS; check the network or the endpoint URL.", cause);
        }
        if (cause instanceof SdkClientException) {
            return problem(action, "ClientError", AwsProblem.Kind.OTHER,
                    "The request could not be made.", "Check the network and the sign-in details.", cause);
        }
        return problem(action, cause.getClass().getSimpleName(), AwsProblem.Kind.OTHER,
                "An unexpected error occurred.", "Try again; if it persists, report it with the log.", cause);
    }

    private static AwsProblem fromService(String action, AwsServiceException e) {
        var details = e.awsErrorDetails();
        var code = details == null || details.errorCode() == null ? "" : details.errorCode();
        var awsMessage = details == null ? "" : Redaction.scrub(details.errorMessage());
        var requestId = e.requestId() == null ? "" : e.requestId();
        if (code.isBlank()) {
            return nonAwsAnswer(action, e, requestId);
        }
        var known = KNOWN.get(code.toLowerCase(Locale.ROOT));
        if (known == null) {
            var kind = e.statusCode() >= 500 ? AwsProblem.Kind.SERVICE_ERROR : AwsProblem.Kind.OTHER;
            return new AwsProblem(action, code, "AWS rejected the request.",
                    "Read AWS's message below; correct the input or try again later.", requestId, e.statusCode(),
                    kind, awsMessage);
        }
        if (isWrongMfaCode(code, awsMessage)) {
            return new AwsProblem(action, code, "The MFA code was wrong, expired or already used.",
                    "Wait for the next code on your MFA device and enter it; check the device serial (ARN).",
                    requestId, e.statusCode(), AwsProblem.Kind.WRONG_MFA_CODE, awsMessage);
        }
        return new AwsProblem(action, code, known.meaning(), known.nextStep(), requestId, e.statusCode(),
                known.kind(), awsMessage);
    }

    private static AwsProblem nonAwsAnswer(String action, AwsServiceException e, String requestId) {
        if (e.statusCode() == 401) {
            // HttpURLConnection discards the body of a 401 (EC2's AuthFailure), so only the
            // status is left to go on.
            return new AwsProblem(action, "HTTP 401", "AWS could not validate the credentials (AuthFailure): "
                    + "the access key may be inactive, deleted or wrong, or the session has ended.",
                    "Check the access key in the IAM console, then sign in again.", requestId, 401,
                    AwsProblem.Kind.BAD_CREDENTIALS, "");
        }
        var raw = e.awsErrorDetails() == null || e.awsErrorDetails().rawResponse() == null
                ? "" : e.awsErrorDetails().rawResponse().asUtf8String().toLowerCase(Locale.ROOT);
        boolean html = raw.contains("<html") || raw.contains("<!doctype");
        String meaning = (html ? "The endpoint answered with a web page, not an AWS response"
                : "The endpoint answered with something that is not an AWS response")
                + " (HTTP " + e.statusCode() + "). A proxy, captive portal, outage or wrong endpoint URL may be in the way.";
        return new AwsProblem(action, "HTTP " + e.statusCode(), meaning,
                "Check the endpoint URL under Advanced and your network, then try again.", requestId,
                e.statusCode(), AwsProblem.Kind.SERVICE_ERROR, "");
    }

    private static boolean isWrongMfaCode(String code, String message) {
        var m = message.toLowerCase(Locale.ROOT);
        return code.equalsIgnoreCase("AccessDenied") && (m.contains("multifactorauthentication")
                || m.contains("mfa") || m.contains("one time pass"));
    }

    private static AwsProblem problem(String action, String code, AwsProblem.Kind kind, String meaning,
                                      String next, Throwable cause) {
        return new AwsProblem(action, code, meaning, next, "", 0, kind, Redaction.scrub(rootMessage(cause)));
    }

    private static Explanation expired() {
        return new Explanation(AwsProblem.Kind.EXPIRED_SESSION, "The session credentials have expired.",
                "Enter a fresh MFA code to renew the session, or sign in again.");
    }

    private static Explanation throttled() {
        return new Explanation(AwsProblem.Kind.THROTTLED,
                "AWS throttled the requests, and SpotSpec's retries ran out.",
                "Wait a minute and try again; fewer parallel refreshes help.");
    }

    private static Explanation badInput() {
        return new Explanation(AwsProblem.Kind.BAD_INPUT, "AWS rejected a value in the request.",
                "Correct the value AWS names below and try again.");
    }

    private static Throwable unwrap(Throwable t) {
        var current = t;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
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
