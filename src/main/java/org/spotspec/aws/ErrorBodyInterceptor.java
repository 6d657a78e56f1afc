package org.spotspec.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Gives an AWS error the SDK could not read its code back from the raw body ({@link ErrorBody}),
 * once per call, before anyone sees it: the journal, dry-run checks, id batches and the
 * {@link ErrorTranslator} then treat it like any other AWS error. An error with a code, or a
 * body without one (a web page), is left as it is.
 */
final class ErrorBodyInterceptor implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        return context.exception() instanceof AwsServiceException e ? withCodeFromBody(e) : context.exception();
    }

    /** {@code e} with the code, message and request id of its raw body, when the SDK found no code. */
    static AwsServiceException withCodeFromBody(AwsServiceException e) {
        var details = e.awsErrorDetails();
        if (details == null || (details.errorCode() != null && !details.errorCode().isBlank())
                || details.rawResponse() == null) {
            return e;
        }
        var found = ErrorBody.parse(details.rawResponse().asUtf8String());
        if (found.isEmpty()) {
            return e;
        }
        var body = found.get();
        var builder = e.toBuilder().awsErrorDetails(details.toBuilder().errorCode(body.code())
                .errorMessage(body.message().isEmpty() ? details.errorMessage() : body.message()).build());
        if ((e.requestId() == null || e.requestId().isBlank()) && !body.requestId().isEmpty()) {
            builder.requestId(body.requestId());
        }
        return builder.build();
    }
}
