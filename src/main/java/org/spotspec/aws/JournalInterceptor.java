package org.spotspec.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Writes one {@link AwsCallRecord} per SDK call (not per retry attempt) to the journal and the
 * log. It reads operation names, status codes and request ids only, never the request.
 */
final class JournalInterceptor implements ExecutionInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger("org.spotspec.aws.calls");
    private static final ExecutionAttribute<Instant> STARTED = new ExecutionAttribute<>("SpotSpecStarted");

    static final String DRY_RUN_OK = "DryRunOperation";

    private final CallJournal journal;
    private final Clock clock;

    JournalInterceptor(CallJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, clock.instant());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String requestId = context.response() instanceof AwsResponse r && r.responseMetadata() != null
                ? nonNull(r.responseMetadata().requestId()) : "";
        emit(attributes, true, context.httpResponse().statusCode(), "", requestId);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        int status = context.httpResponse().map(r -> r.statusCode()).orElse(0);
        String code = "";
        String requestId = "";
        if (context.exception() instanceof AwsServiceException e) {
            status = e.statusCode();
            requestId = nonNull(e.requestId());
            code = e.awsErrorDetails() == null ? "" : nonNull(e.awsErrorDetails().errorCode());
        } else {
            code = context.exception().getClass().getSimpleName();
        }
        // EC2 answers a permitted dry run with an error; in the log it is a success.
        emit(attributes, DRY_RUN_OK.equals(code), status, code, requestId);
    }

    private void emit(ExecutionAttributes attributes, boolean ok, int status, String code, String requestId) {
        var now = clock.instant();
        var started = attributes.getOptionalAttribute(STARTED).orElse(now);
        var record = new AwsCallRecord(now, serviceName(attributes),
                nonNull(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)), ok, status, code,
                requestId, Duration.between(started, now));
        LOG.info("{}{}", record.describe(), requestId.isEmpty() ? "" : " request id " + requestId);
        try {
            journal.record(record);
        } catch (RuntimeException e) {
            LOG.warn("Activity journal rejected a record", e);
        }
    }

    private static String serviceName(ExecutionAttributes attributes) {
        return nonNull(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)).toUpperCase(Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
