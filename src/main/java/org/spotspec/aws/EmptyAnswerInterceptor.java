package org.spotspec.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Refuses an HTTP 200 without a body. Every STS and EC2 (Query protocol) answer is an XML
 * document, but the SDK reads an empty one as an answer with nothing in it: a describe would show
 * an empty table and a launch would look done with no instances. It is reported as an empty
 * answer instead, and not retried (AWS may have acted on the request).
 */
final class EmptyAnswerInterceptor implements ExecutionInterceptor {
    static final String MESSAGE = "The endpoint answered HTTP 200 with an empty body";

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        var body = context.responseBody();
        if (context.httpResponse().statusCode() != 200) {
            return body;
        }
        var in = new PushbackInputStream(body.orElse(InputStream.nullInputStream()), 1);
        try {
            int first = in.read();
            if (first < 0) {
                throw SdkClientException.create(MESSAGE);
            }
            in.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(in);
    }
}
