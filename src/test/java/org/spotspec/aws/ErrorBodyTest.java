package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an AWS error out of a raw answer body in the shapes the SDK's parsers miss. */
class ErrorBodyTest {
    /** The answer from the issue: STS's error wrapped in {@code Errors}, no request id. */
    static final String WRAPPED = "<?xml version=\"1.0\" encoding=\"utf-8\"?><ErrorResponse><Errors><Error>"
            + "<Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid."
            + "</Message><Type>Sender</Type></Error></Errors></ErrorResponse>";

    @Test
    void theIssuesAnswerGivesItsCodeAndMessage() {
        assertThat(ErrorBody.parse(WRAPPED)).contains(new ErrorBody("InvalidClientTokenId",
                "The security token included in the request is invalid.", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>ExpiredToken</Code><Message>expired</Message></Error><RequestId>r-1</RequestId>"
                + "</ErrorResponse>|ExpiredToken|expired|r-1",
        "<Response><Errors><Error><Code>AuthFailure</Code><Message>bad</Message></Error></Errors>"
                + "<RequestID>r-2</RequestID></Response>|AuthFailure|bad|r-2",
        "  <ErrorResponse><Errors><Error><Code>Throttling</Code></Error></Errors><RequestId>r-3</RequestId>"
                + "</ErrorResponse>  |Throttling||r-3",
        "{\"__type\":\"com.amazon.coral.service#ExpiredTokenException\",\"message\":\"The token expired\"}"
                + "|ExpiredTokenException|The token expired|",
        "{\"code\": \"InvalidClientTokenId\", \"Message\": \"say \\\"no\\\"\"}|InvalidClientTokenId|say \"no\"|",
        "{\"__type\":\"AccessDeniedException:http://internal.amazon.com/coral/\"}|AccessDeniedException||"})
    void everyShapeGivesCodeMessageAndRequestId(String body, String code, String message, String requestId) {
        assertThat(ErrorBody.parse(body)).contains(new ErrorBody(code, message == null ? "" : message,
                requestId == null ? "" : requestId));
    }

    @Test
    void aDocumentThatBreaksOffAfterTheCodeStillGivesIt() {
        assertThat(ErrorBody.parse(WRAPPED.substring(0, WRAPPED.indexOf("<Type>"))))
                .map(ErrorBody::code).contains("InvalidClientTokenId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<!DOCTYPE html><html><body><Code>Oops</Code></body></html>",
        "<html><head><title>502 Bad Gateway</title></head></html>", "upstream timed out",
        "<DescribeInstancesResponse><reservationSet/></DescribeInstancesResponse>",
        "<ErrorResponse><Error><Code>not a code!</Code></Error></ErrorResponse>",
        "<ErrorResponse><Code>Misplaced</Code></ErrorResponse>", "{\"message\":\"no code\"}", "{\"code\": 42}"})
    void anythingElseIsNoAwsError(String body) {
        assertThat(ErrorBody.parse(body)).isEmpty();
    }

    @Test
    void entitiesAndDtdsAreNotFollowed() {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ErrorResponse><Error><Code>&x;</Code></Error></ErrorResponse>";
        assertThat(ErrorBody.parse(xxe)).isEmpty();
    }

    @Test
    void hugeBodiesAreNotRead() {
        assertThat(ErrorBody.parse("<ErrorResponse><Error><Code>X</Code></Error>" + " ".repeat(ErrorBody.MAX_LENGTH)
                + "</ErrorResponse>")).isEmpty();
    }
}
