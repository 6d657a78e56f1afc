package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotspec.aws.AwsProblem.Kind;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * ErrorTranslator on exceptions built as the SDK builds them, so each AWS error code and each
 * client-side failure reaches the user with the right kind, code, request id and next step.
 */
class ErrorTranslatorTest {
    private static final String REQUEST_ID = "r-1";
    private static final String WRONG_MFA = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
    private static final String NOT_AUTHORIZED = "User: arn:aws:iam::123456789012:user/alice is not authorized "
            + "to perform: ec2:DescribeSpotPriceHistory because no identity-based policy allows it";

    static Stream<Arguments> serviceErrors() {
        return Stream.of(
                Arguments.of(ec2(503, "RequestLimitExceeded", "Request limit exceeded."), Kind.THROTTLED),
                Arguments.of(sts(400, "Throttling", "Rate exceeded"), Kind.THROTTLED),
                Arguments.of(sts(400, "ThrottlingException", "Rate exceeded"), Kind.THROTTLED),
                Arguments.of(sts(403, "ExpiredToken", "The security token included in the request is expired"),
                        Kind.EXPIRED_SESSION),
                Arguments.of(ec2(400, "RequestExpired", "Request has expired."), Kind.EXPIRED_SESSION),
                Arguments.of(sts(403, "ExpiredTokenException", "The security token included in the request is expired"),
                        Kind.EXPIRED_SESSION),
                Arguments.of(sts(403, "AccessDenied", WRONG_MFA), Kind.WRONG_MFA_CODE),
                Arguments.of(sts(403, "AccessDenied", NOT_AUTHORIZED), Kind.PERMISSION),
                Arguments.of(ec2(403, "UnauthorizedOperation", "You are not authorized to perform this operation."),
                        Kind.PERMISSION),
                Arguments.of(ec2(400, "InvalidParameterValue", "Value (x9.huge) for parameter instanceType is invalid."),
                        Kind.BAD_INPUT),
                Arguments.of(ec2(400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded"),
                        Kind.BAD_INPUT),
                Arguments.of(ec2(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set."),
                        Kind.DRY_RUN_SUCCEEDED),
                Arguments.of(ec2(500, "InternalError", "An internal error has occurred."), Kind.SERVICE_ERROR),
                Arguments.of(ec2(400, "InvalidSpotInstanceRequestID.NotFound", "The request ID 'sir-1' does not exist"),
                        Kind.OTHER));
    }

    @ParameterizedTest
    @MethodSource("serviceErrors")
    void awsErrorCodesKeepCodeRequestIdAndStatus(AwsServiceException error, Kind kind) {
        var problem = ErrorTranslator.translate("Sign in", error);

        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.code()).isEqualTo(error.awsErrorDetails().errorCode());
        assertThat(problem.requestId()).isEqualTo(REQUEST_ID);
        assertThat(problem.httpStatus()).isEqualTo(error.statusCode());
        assertThat(problem.action()).isEqualTo("Sign in");
        assertThat(problem.headline()).isEqualTo("Sign in failed: " + problem.code());
        assertThat(problem.meaning()).isNotBlank();
        assertThat(problem.nextStep()).isNotBlank();
    }

    @Test
    void nextStepsTellTheUserWhatToDo() {
        assertThat(translate(ec2(503, "RequestLimitExceeded", "x")).nextStep()).contains("Wait");
        assertThat(translate(sts(403, "ExpiredToken", "x")).nextStep()).contains("fresh MFA code");
        assertThat(translate(sts(403, "AccessDenied", WRONG_MFA)).nextStep()).contains("next code");
        assertThat(translate(sts(403, "AccessDenied", NOT_AUTHORIZED)).nextStep()).contains("IAM policy");
        assertThat(translate(ec2(403, "UnauthorizedOperation", "x")).nextStep()).contains("permission");
        assertThat(translate(ec2(400, "MaxSpotInstanceCountExceeded", "x")).nextStep()).contains("quota");
        assertThat(translate(ec2(412, "DryRunOperation", "x")).nextStep()).contains("without dry run");
    }

    @Test
    void unauthorizedWithoutAnyBodyIsBadCredentials() {
        // HttpURLConnection drops a 401's body, so there is no error code to go on.
        var problem = translate(Ec2Exception.builder().statusCode(401).requestId(REQUEST_ID).build());
        assertThat(problem.kind()).isEqualTo(Kind.BAD_CREDENTIALS);
        assertThat(problem.code()).isEqualTo("HTTP 401");
        assertThat(problem.requestId()).isEqualTo(REQUEST_ID);
        assertThat(problem.awsMessage()).isEmpty();
    }

    @Test
    void anHtmlPageInsteadOfAnAwsAnswerIsAServiceError() {
        var html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                + "<body>proxy token wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</body></html>";
        var problem = translate(Ec2Exception.builder().statusCode(502).requestId("")
                .awsErrorDetails(AwsErrorDetails.builder().rawResponse(SdkBytes.fromUtf8String(html)).build()).build());

        assertThat(problem.kind()).isEqualTo(Kind.SERVICE_ERROR);
        assertThat(problem.code()).isEqualTo("HTTP 502");
        assertThat(problem.meaning()).contains("web page").contains("502");
        assertThat(problem.details()).as("the page itself is not shown").doesNotContain("<html", "wJalrXUtnFEMI");
    }

    @Test
    void aNonAwsAnswerThatIsNotHtmlIsNamedAsSuch() {
        var problem = translate(Ec2Exception.builder().statusCode(504)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(" ")
                        .rawResponse(SdkBytes.fromUtf8String("upstream timed out")).build()).build());
        assertThat(problem.kind()).isEqualTo(Kind.SERVICE_ERROR);
        assertThat(problem.meaning()).contains("not an AWS response").doesNotContain("web page");
    }

    @Test
    void secretsAndCodesInAwsMessagesAreRedacted() {
        var secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        var problem = translate(sts(403, "AccessDenied", "Key " + secret + " with code 246810 was refused "
                + "for account 123456789012"));

        assertThat(problem.awsMessage()).doesNotContain(secret).doesNotContain("246810")
                .contains("[redacted]").as("account ids are not codes").contains("123456789012");
        assertThat(problem.details()).doesNotContain(secret).doesNotContain("246810")
                .contains("AWS said: ").contains("HTTP status: 403").contains("Request id: " + REQUEST_ID);
    }

    static Stream<Arguments> clientFailures() {
        return Stream.of(
                Arguments.of(client(new ConnectException("Connection refused")), Kind.NETWORK, "ConnectionRefused"),
                Arguments.of(client(new IOException("wrapped", new ConnectException("Connection refused"))),
                        Kind.NETWORK, "ConnectionRefused"),
                Arguments.of(client(new UnknownHostException("sts.eu-west-9.amazonaws.com")), Kind.NETWORK,
                        "UnknownHost"),
                Arguments.of(client(new SocketTimeoutException("Read timed out")), Kind.TIMEOUT, "Timeout"),
                Arguments.of(client(new SSLException("Unrecognized SSL message")), Kind.NETWORK, "TlsFailure"),
                Arguments.of(client(new SSLHandshakeException("PKIX path building failed")), Kind.NETWORK,
                        "TlsFailure"),
                Arguments.of(ApiCallTimeoutException.create(45_000), Kind.TIMEOUT, "Timeout"),
                Arguments.of(ApiCallAttemptTimeoutException.create(15_000), Kind.TIMEOUT, "Timeout"),
                Arguments.of(client(new java.net.SocketException("Connection reset")), Kind.NETWORK, "ConnectionReset"),
                Arguments.of(client(new java.net.SocketException("Unexpected end of file from server")), Kind.NETWORK,
                        "EmptyAnswer"),
                Arguments.of(client(new IOException("Invalid Http response")), Kind.NETWORK, "NotHttp"),
                Arguments.of(client(new IOException("Premature EOF")), Kind.NETWORK, "TruncatedAnswer"),
                Arguments.of(client(new javax.xml.stream.XMLStreamException("ParseError at [row,col]:[3,9]\nMessage: "
                        + "The element type \"item\" must be terminated by the matching end-tag \"</item>\".")),
                        Kind.SERVICE_ERROR, "MalformedAnswer"),
                Arguments.of(SdkClientException.create("Unable to load credentials"), Kind.OTHER, "ClientError"),
                Arguments.of(new IllegalStateException("bug"), Kind.OTHER, "IllegalStateException"));
    }

    @ParameterizedTest
    @MethodSource("clientFailures")
    void failuresBeforeAwsAnsweredHaveNoRequestId(Throwable failure, Kind kind, String code) {
        var problem = ErrorTranslator.translate("Refresh", failure);
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.requestId()).isEmpty();
        assertThat(problem.httpStatus()).isZero();
        assertThat(problem.nextStep()).isNotBlank();
        assertThat(problem.details()).doesNotContain("Request id");
    }

    @Test
    void timeoutsSayAfterHowLongAndHowManyAttempts() {
        var attempt = ErrorTranslator.translate("Refresh", ApiCallAttemptTimeoutException.builder()
                .message("HTTP request execution did not complete before the specified timeout configuration: "
                        + "800 millis").numAttempts(4).build());
        assertThat(attempt.meaning()).contains("within 0.8 s", "each of 4 attempts");
        assertThat(attempt.nextStep()).contains("refresh to see");
        assertThat(attempt.details()).contains("Technical detail: ").doesNotContain("AWS said");

        var call = ErrorTranslator.translate("Refresh", ApiCallTimeoutException.create(45_000));
        assertThat(call.meaning()).contains("within 45 s");
    }

    @Test
    void aServiceUnavailableAfterTheRetriesSaysSo() {
        var e = (Ec2Exception) Ec2Exception.builder().statusCode(503).requestId(REQUEST_ID).numAttempts(4)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("Unavailable").errorMessage("overloaded").build())
                .build();
        var problem = translate(e);
        assertThat(problem.kind()).isEqualTo(Kind.SERVICE_ERROR);
        assertThat(problem.meaning()).contains("service unavailable", "after 4 attempts");
        assertThat(problem.nextStep()).contains("already retried");
        assertThat(problem.requestId()).isEqualTo(REQUEST_ID);

        var empty = translate(Ec2Exception.builder().statusCode(503).numAttempts(4)
                .awsErrorDetails(AwsErrorDetails.builder().rawResponse(SdkBytes.fromUtf8String("")).build()).build());
        assertThat(empty.code()).isEqualTo("HTTP 503");
        assertThat(empty.meaning()).contains("HTTP 503 with an empty error", "after 4 attempts");
    }

    @Test
    void anErrorTheSdkCouldNotReadIsReadFromTheRawBody() {
        var e = StsException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
                .rawResponse(SdkBytes.fromUtf8String(ErrorBodyTest.WRAPPED)).serviceName("Sts").build()).build();
        var problem = translate(e);
        assertThat(problem.code()).isEqualTo("InvalidClientTokenId");
        assertThat(problem.kind()).isEqualTo(Kind.BAD_CREDENTIALS);
        assertThat(problem.awsMessage()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void clientMessagesAreRedactedToo() {
        var token = "FwoGZXIvYXdzEJr0000000000000000000000000000";
        var problem = translate(client(new SSLException("handshake for token " + token)));
        assertThat(problem.awsMessage()).doesNotContain(token).contains("[redacted]");
    }

    @Test
    void futuresAreUnwrappedToTheRealFailure() {
        var throttled = ec2(503, "RequestLimitExceeded", "Request limit exceeded.");
        assertThat(translate(new CompletionException(throttled)).kind()).isEqualTo(Kind.THROTTLED);
        assertThat(translate(new CompletionException(new ExecutionException(throttled))).requestId())
                .isEqualTo(REQUEST_ID);
        assertThat(translate(new CompletionException(client(new ConnectException("refused")))).code())
                .isEqualTo("ConnectionRefused");
    }

    @Test
    void problemsFoundLocallyPassThroughWithTheAction() {
        var local = AwsProblem.local("NoProfile", "The profile dev does not exist.", "Choose another profile.");
        var problem = ErrorTranslator.translate("Sign in", new CompletionException(new AwsProblemException(local)));
        assertThat(problem).isEqualTo(local.withAction("Sign in"));
        assertThat(problem.kind()).isEqualTo(Kind.LOCAL);
    }

    private static AwsProblem translate(Throwable failure) {
        return ErrorTranslator.translate("Sign in", failure);
    }

    private static Ec2Exception ec2(int status, String code, String message) {
        return (Ec2Exception) Ec2Exception.builder().statusCode(status).requestId(REQUEST_ID)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Ec2").build())
                .build();
    }

    private static StsException sts(int status, String code, String message) {
        return (StsException) StsException.builder().statusCode(status).requestId(REQUEST_ID)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Sts").build())
                .build();
    }

    private static SdkClientException client(Throwable cause) {
        return SdkClientException.builder().message("Unable to execute HTTP request: " + cause.getMessage())
                .cause(cause).build();
    }
}
