package org.spotspec.aws;

import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

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
            Map.entry("serviceunavailable", unavailable()),
            Map.entry("unavailable", unavailable()),
            Map.entry("internalerror", unavailable()),
            Map.entry("internalfailure", unavailable()),
            Map.entry("servicefailure", unavailable()),
            Map.entry("invalidparametervalue", badInput()),
            Map.entry("validationerror", badInput()),
            Map.entry("invalidparametercombination", badInput()),
            Map.entry("missingparameter", badInput()),
            Map.entry("maxspotinstancecountexceeded", new Explanation(AwsProblem.Kind.BAD_INPUT,
                    "The account's Spot Instance quota for this region would be exceeded.",
                    "Launch fewer instances, terminate some, or request a higher Spot vCPU quota.")),
            Map.entry("invalidlaunchtemplatename.alreadyexistsexception", new Explanation(AwsProblem.Kind.BAD_INPUT,
                    "A launch template with this name already exists in the region.",
                    "Launch again (SpotSpec picks a new name), or name the existing template with "
                            + "--launch-template.")),
            Map.entry("invalidlaunchtemplatename.notfoundexception", templateNotFound()),
            Map.entry("invalidlaunchtemplateid.notfound", templateNotFound()),
            Map.entry("invalidlaunchtemplateid.malformed", templateNotFound()),
            Map.entry("invalidlaunchtemplateid.versionnotfound", new Explanation(AwsProblem.Kind.BAD_INPUT,
                    "The launch template has no such version.",
                    "Use $Default, $Latest or a version number the template has.")),
            Map.entry("launchtemplatelimitexceeded", new Explanation(AwsProblem.Kind.BAD_INPUT,
                    "The region already holds as many launch templates as the account may have.",
                    "Delete templates you no longer need (SpotSpec's carry the tag spotspec:created-by=spotspec), "
                            + "or name an existing one with --launch-template.")),
            Map.entry("invalidfleetconfig", fleetConfig()),
            Map.entry("invalidfleetconfiguration", fleetConfig()),
            Map.entry("insufficientinstancecapacity", new Explanation(AwsProblem.Kind.OTHER,
                    "AWS has no capacity for this instance type in this zone right now.",
                    "Launch across several types and zones with an EC2 Fleet (the Launch tab's third way, or spotspec "
                            + "launch --api create-fleet), or try later.")),
            Map.entry("dryrunoperation", new Explanation(AwsProblem.Kind.DRY_RUN_SUCCEEDED,
                    "The request would have succeeded (dry run: nothing was changed).",
                    "Run it again without dry run to do it.")));

    /** AWS's retries of a failing call (5xx) are spent when an error reaches the user. */
    private static final String RETRIED_NOTE = " SpotSpec already retried it.";

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
        return TransportFaults.explain(action, cause);
    }

    private static AwsProblem fromService(String action, AwsServiceException thrown) {
        // Not through our clients (or the interceptor was bypassed): read the body here too.
        var e = ErrorBodyInterceptor.withCodeFromBody(thrown);
        var details = e.awsErrorDetails();
        var code = details == null || details.errorCode() == null ? "" : details.errorCode();
        var awsMessage = details == null ? "" : Redaction.scrub(details.errorMessage());
        var requestId = e.requestId() == null ? "" : e.requestId();
        if (code.isBlank()) {
            return nonAwsAnswer(action, e, requestId);
        }
        var known = KNOWN.get(code.toLowerCase(Locale.ROOT));
        if (known == null && e.statusCode() >= 500) {
            return new AwsProblem(action, code, "AWS failed on its side (HTTP " + e.statusCode() + ")"
                    + afterAttempts(e) + ".", "Wait a minute and try again; if it persists, check the AWS Health "
                    + "Dashboard for the region." + RETRIED_NOTE, requestId, e.statusCode(),
                    AwsProblem.Kind.SERVICE_ERROR, awsMessage);
        }
        if (known == null) {
            return new AwsProblem(action, code, "AWS rejected the request.",
                    "Read AWS's message below; correct the input or try again later.", requestId, e.statusCode(),
                    AwsProblem.Kind.OTHER, awsMessage);
        }
        if (known.kind() == AwsProblem.Kind.SERVICE_ERROR || known.kind() == AwsProblem.Kind.THROTTLED) {
            var meaning = known.meaning().substring(0, known.meaning().length() - 1) + afterAttempts(e) + ".";
            return new AwsProblem(action, code, meaning, known.nextStep(), requestId,
                    e.statusCode(), known.kind(), awsMessage);
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
            // HttpURLConnection discards the body of a 401, so only the status is left to go on. EC2
            // answers 401 for two reasons: AuthFailure, and OptInRequired (a region the account has
            // not enabled, which is what it is when other regions answer the same credentials).
            return new AwsProblem(action, "HTTP 401", "AWS could not validate the credentials (AuthFailure): "
                    + "the access key may be inactive, deleted or wrong, or the session has ended. Or the "
                    + "region is one the account has not enabled (OptInRequired).",
                    "If other regions work, enable this one (AWS console → Account → AWS Regions); otherwise "
                    + "check the access key in the IAM console, then sign in again.", requestId, 401,
                    AwsProblem.Kind.BAD_CREDENTIALS, "");
        }
        var raw = e.awsErrorDetails() == null || e.awsErrorDetails().rawResponse() == null
                ? "" : e.awsErrorDetails().rawResponse().asUtf8String().toLowerCase(Locale.ROOT);
        boolean html = raw.contains("<html") || raw.contains("<!doctype");
        String what = html ? "a web page, not an AWS response"
                : raw.isBlank() ? "an empty error, not an AWS response" : "something that is not an AWS response";
        String meaning = "The endpoint answered HTTP " + e.statusCode() + " with " + what + afterAttempts(e)
                + ". A proxy, captive portal, outage or wrong endpoint URL may be in the way.";
        return new AwsProblem(action, "HTTP " + e.statusCode(), meaning,
                "Check the endpoint URL under Advanced and your network, then try again."
                        + (e.statusCode() >= 500 ? RETRIED_NOTE : ""), requestId,
                e.statusCode(), AwsProblem.Kind.SERVICE_ERROR, "");
    }

    /** ", after 3 attempts" when the SDK retried; "" otherwise. */
    private static String afterAttempts(Throwable e) {
        int attempts = TransportFaults.attempts(e);
        return attempts > 1 ? ", after " + attempts + " attempts" : "";
    }

    private static boolean isWrongMfaCode(String code, String message) {
        var m = message.toLowerCase(Locale.ROOT);
        return code.equalsIgnoreCase("AccessDenied") && (m.contains("multifactorauthentication")
                || m.contains("mfa") || m.contains("one time pass"));
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

    private static Explanation unavailable() {
        return new Explanation(AwsProblem.Kind.SERVICE_ERROR,
                "AWS is unavailable or failed on its side (service unavailable), and SpotSpec's retries ran out.",
                "Wait a minute and try again; if it persists, check the AWS Health Dashboard for the region."
                        + RETRIED_NOTE);
    }

    private static Explanation templateNotFound() {
        return new Explanation(AwsProblem.Kind.BAD_INPUT,
                "EC2 knows no launch template with this id or name in the region.",
                "Check the template's id or name and the region (aws ec2 describe-launch-templates).");
    }

    private static Explanation fleetConfig() {
        return new Explanation(AwsProblem.Kind.BAD_INPUT,
                "EC2 Fleet rejected the fleet's configuration (template, overrides or capacity).",
                "Read AWS's message below: it names the part at fault; check the template's image and subnets.");
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

}
