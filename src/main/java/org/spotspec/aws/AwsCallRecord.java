package org.spotspec.aws;

import java.time.Duration;
import java.time.Instant;

/**
 * One AWS call as the activity log shows it. Built from operation names, status codes and
 * request ids only; parameters never enter it, so it cannot carry a secret.
 */
public record AwsCallRecord(Instant at, String service, String operation, boolean succeeded, int httpStatus,
                            String errorCode, String requestId, Duration took) {

    /** e.g. {@code STS GetSessionToken succeeded (HTTP 200, 84 ms)}. */
    public String describe() {
        return service + " " + outcome();
    }

    /** e.g. {@code GetSessionToken succeeded (HTTP 200, 84 ms)}. */
    public String outcome() {
        var text = new StringBuilder(operation);
        if (succeeded && JournalInterceptor.DRY_RUN_OK.equals(errorCode)) {
            text.append(" dry run: would succeed");
        } else if (succeeded) {
            text.append(" succeeded");
        } else {
            text.append(" failed").append(errorCode.isEmpty() ? "" : ": " + errorCode);
        }
        text.append(" (");
        if (httpStatus > 0) {
            text.append("HTTP ").append(httpStatus).append(", ");
        }
        text.append(took.toMillis()).append(" ms)");
        return text.toString();
    }
}
