package org.spotspec.aws;

/**
 * A failure explained for people: what failed, the AWS error code, what it means, what to do
 * next, and the request id to quote to AWS support. Every text here is safe to show and log.
 */
public record AwsProblem(String action, String code, String meaning, String nextStep, String requestId,
                         int httpStatus, Kind kind, String awsMessage) {

    /** What sort of failure, so the app can react (renew a session, offer a retry...). */
    public enum Kind {
        EXPIRED_SESSION, WRONG_MFA_CODE, BAD_CREDENTIALS, PERMISSION, THROTTLED, NETWORK, TIMEOUT,
        SERVICE_ERROR, BAD_INPUT, LOCAL, DRY_RUN_SUCCEEDED, OTHER
    }

    /** A problem SpotSpec found without asking AWS. */
    public static AwsProblem local(String code, String meaning, String nextStep) {
        return new AwsProblem("", code, meaning, nextStep, "", 0, Kind.LOCAL, "");
    }

    public AwsProblem withAction(String newAction) {
        return new AwsProblem(newAction, code, meaning, nextStep, requestId, httpStatus, kind, awsMessage);
    }

    /** The same problem said with more: {@code more} added to its meaning. */
    public AwsProblem withMeaningAdded(String more) {
        return new AwsProblem(action, code, meaning + " " + more, nextStep, requestId, httpStatus, kind, awsMessage);
    }

    /** The same problem with another next step (the words of where it is shown). */
    public AwsProblem withNextStep(String newNextStep) {
        return new AwsProblem(action, code, meaning, newNextStep, requestId, httpStatus, kind, awsMessage);
    }

    /**
     * Whether AWS may have acted on the request although no answer said so: the answer was lost
     * on the way (a transport fault after the request went out) or AWS failed inside (5xx). A
     * refusal (4xx), or a request that never left (no connection, no host), changed nothing.
     */
    public boolean mayHaveActed() {
        return httpStatus >= 500 || (httpStatus == 0 && TransportFaults.mayHaveActed(code));
    }

    /** IAM Identity Center refused, or has no, login: logging in again may help. */
    public boolean needsSsoLogin() {
        return code.equals("SsoTokenRejected") || code.equals("SsoTokenExpired") || code.equals("SsoTokenMissing");
    }

    /** e.g. {@code Sign in failed: InvalidClientTokenId}. */
    public String headline() {
        return (action.isEmpty() ? "Request" : action) + " failed: " + code;
    }

    /** The full explanation, several lines, for dialogs, the log pane and bug reports. */
    public String details() {
        var text = new StringBuilder(meaning).append('\n').append("What to do: ").append(nextStep);
        if (!awsMessage.isEmpty()) {
            // Without an HTTP status nothing came from AWS: the text is the failure's own.
            text.append('\n').append(httpStatus > 0 ? "AWS said: " : "Technical detail: ").append(awsMessage);
        }
        if (httpStatus > 0) {
            text.append('\n').append("HTTP status: ").append(httpStatus);
        }
        if (!requestId.isEmpty()) {
            text.append('\n').append("Request id: ").append(requestId);
        }
        return text.toString();
    }
}
