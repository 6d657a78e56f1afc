package org.spotspec.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.TestAws.KEY_ID;
import static org.spotspec.testing.TestAws.MFA_CODE;
import static org.spotspec.testing.TestAws.SECRET;
import static org.spotspec.testing.TestAws.SESSION_SECRET;
import static org.spotspec.testing.TestAws.SESSION_TOKEN;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/** SessionService with the real SDK clients against a local STS/EC2 over HTTP. */
class SessionServiceWireTest {
    @TempDir
    Path home;

    private AwsStub aws;
    private AwsClientFactory clients;
    private SessionService service;
    private final List<AwsCallRecord> journal = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        aws = new AwsStub();
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"),
                "[dev]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
        var env = TestAws.emptyEnvironment(home);
        clients = new AwsClientFactory(TestAws.fastSettings(), journal::add, Clock.systemUTC());
        service = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    private SignInRequest request(boolean mfa) {
        return request(mfa, aws.uri());
    }

    private SignInRequest request(boolean mfa, URI endpoint) {
        var mfaRequest = mfa ? Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(MFA_CODE), 3600))
                : Optional.<MfaRequest>empty();
        return new SignInRequest(new CredentialSource.NamedProfile("dev"), Region.EU_WEST_1, mfaRequest,
                new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint)));
    }

    @Test
    void mfaSignInSendsSerialCodeAndDurationThenSignsWithTheSessionToken() {
        var expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        aws.signInSucceeds(SESSION_SECRET, SESSION_TOKEN, expiry);

        try (var session = service.signIn(request(true))) {
            assertThat(session.identity().account()).isEqualTo(AwsStub.ACCOUNT);
            assertThat(session.identity().arn()).isEqualTo(AwsStub.ARN);
            assertThat(session.expiresAt()).contains(expiry);
            service.checkEc2Access(session);
        }

        var tokenCall = aws.requests("GetSessionToken").get(0);
        assertThat(tokenCall.getBodyAsString())
                .contains("SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice")
                .contains("TokenCode=" + MFA_CODE).contains("DurationSeconds=3600");
        assertThat(tokenCall.getHeader("Authorization")).contains("Credential=" + KEY_ID);
        assertThat(tokenCall.containsHeader("X-Amz-Security-Token")).isFalse();

        aws.server().verify(AwsStub.calls("GetCallerIdentity")
                .withHeader("X-Amz-Security-Token", equalTo(SESSION_TOKEN))
                .withHeader("Authorization", containing("Credential=" + AwsStub.SESSION_KEY_ID)));
        aws.server().verify(AwsStub.calls("DescribeSpotPriceHistory")
                .withRequestBody(containing("DryRun=true"))
                .withHeader("X-Amz-Security-Token", equalTo(SESSION_TOKEN)));
        assertThat(journal).extracting(AwsCallRecord::operation)
                .containsExactly("GetSessionToken", "GetCallerIdentity", "DescribeSpotPriceHistory");
        assertThat(journal).allMatch(AwsCallRecord::succeeded);
        assertThat(journal.get(2).outcome()).startsWith("DescribeSpotPriceHistory dry run: would succeed");
    }

    @Test
    void withoutMfaTheProfileKeysAreUsedAsTheyAre() {
        aws.callerIdentity();
        try (var session = service.signIn(request(false))) {
            assertThat(session.isMfaSession()).isFalse();
            assertThat(session.expiresAt()).isEmpty();
        }
        assertThat(aws.count("GetSessionToken")).isZero();
        var call = aws.requests("GetCallerIdentity").get(0);
        assertThat(call.getHeader("Authorization")).contains("Credential=" + KEY_ID);
        assertThat(call.containsHeader("X-Amz-Security-Token")).isFalse();
    }

    @Test
    void wrongMfaCodeIsExplained() {
        aws.stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        var problem = signInProblem(request(true));
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.WRONG_MFA_CODE);
        assertThat(problem.code()).isEqualTo("AccessDenied");
        assertThat(problem.requestId()).isEqualTo("c6104cbe-af31-11e0-8154-cbc7ccf896c7");
        assertThat(problem.nextStep()).contains("next code");
        assertThat(journal).singleElement().satisfies(r -> {
            assertThat(r.succeeded()).isFalse();
            assertThat(r.errorCode()).isEqualTo("AccessDenied");
        });
    }

    @Test
    void invalidClientTokenIdAndSignatureMismatchAreBadCredentials() {
        aws.stsError("GetCallerIdentity", 403, "InvalidClientTokenId",
                "The security token included in the request is invalid.");
        assertThat(signInProblem(request(false)).kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);

        aws.stsError("GetCallerIdentity", 403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.");
        var problem = signInProblem(request(false));
        assertThat(problem.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(problem.meaning()).contains("clock");
    }

    @Test
    void ec2AuthFailureIsExplained() {
        aws.callerIdentity();
        aws.ec2Error("DescribeSpotPriceHistory", 403, "AuthFailure",
                "AWS was not able to validate the provided access credentials");
        try (var session = service.signIn(request(false))) {
            var problem = ErrorTranslator.translate("Check EC2", catchThrowable(() -> service.checkEc2Access(session)));
            assertThat(problem.code()).isEqualTo("AuthFailure");
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);
            assertThat(problem.requestId()).isEqualTo("ea966190-f9aa-478e-9ede-example");
        }
    }

    @Test
    void ec2AuthFailureWithItsRealStatus401IsStillBadCredentials() {
        // The JDK's HttpURLConnection drops the body of a 401 answer to a streamed POST, so the
        // error code cannot be read; the status alone must still tell the user what is wrong.
        aws.callerIdentity();
        aws.ec2Error("DescribeSpotPriceHistory", 401, "AuthFailure",
                "AWS was not able to validate the provided access credentials");
        try (var session = service.signIn(request(false))) {
            var problem = ErrorTranslator.translate("Check EC2", catchThrowable(() -> service.checkEc2Access(session)));
            assertThat(problem.code()).isEqualTo("HTTP 401");
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);
            assertThat(problem.meaning()).contains("could not validate the credentials");
        }
    }

    @Test
    void ec2UnauthorizedOperationIsAPermissionProblem() {
        aws.callerIdentity();
        aws.ec2Error("DescribeSpotPriceHistory", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        try (var session = service.signIn(request(false))) {
            var problem = ErrorTranslator.translate("Check EC2", catchThrowable(() -> service.checkEc2Access(session)));
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.PERMISSION);
            assertThat(problem.nextStep()).contains("IAM policy");
        }
    }

    @Test
    void expiredTokenIsRecognisedAndRenewalUsesAFreshCode() {
        var expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        aws.signInSucceeds(SESSION_SECRET, SESSION_TOKEN, expiry);
        try (var session = service.signIn(request(true))) {
            aws.stsError("GetCallerIdentity", 403, "ExpiredToken", "The security token included in the request is expired");
            var problem = ErrorTranslator.translate("Refresh", catchThrowable(() -> service.whoAmI(session)));
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_SESSION);

            aws.callerIdentity();
            try (var renewed = service.renew(session, Secret.of("135790"))) {
                assertThat(renewed.identity().account()).isEqualTo(AwsStub.ACCOUNT);
            }
        }
        var renewal = aws.requests("GetSessionToken").get(1);
        assertThat(renewal.getBodyAsString()).contains("TokenCode=135790").contains("DurationSeconds=3600");
        assertThat(renewal.getHeader("Authorization")).contains("Credential=" + KEY_ID);
    }

    @Test
    void htmlErrorPageIsExplained() {
        aws.html("GetCallerIdentity", 500);
        var problem = signInProblem(request(false));
        assertThat(problem.code()).isEqualTo("HTTP 500");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.SERVICE_ERROR);
        assertThat(problem.meaning()).contains("web page");
        assertThat(aws.count("GetCallerIdentity")).isEqualTo(2); // the SDK retried the 5xx once
    }

    @Test
    void anErrorTheSdkCannotReadIsExplainedByTheCodeInItsBody() {
        // STS behind a gateway, as a new user met it: text/html, the error wrapped in <Errors>.
        aws.server().stubFor(AwsStub.action("GetCallerIdentity").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withHeader("x-amzn-RequestId", "7a62c49f-example")
                .withBody(ErrorBodyTest.WRAPPED)));

        var problem = signInProblem(request(false));

        assertThat(problem.code()).isEqualTo("InvalidClientTokenId");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);
        assertThat(problem.meaning()).doesNotContain("not an AWS response", "proxy");
        assertThat(problem.awsMessage()).isEqualTo("The security token included in the request is invalid.");
        assertThat(problem.requestId()).isEqualTo("7a62c49f-example");
        assertThat(problem.details()).doesNotContain(SECRET, KEY_ID);
        assertThat(journal).singleElement().extracting(AwsCallRecord::errorCode).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void exhaustedThrottlingIsExplained() {
        aws.stsError("GetCallerIdentity", 400, "Throttling", "Rate exceeded");
        var problem = signInProblem(request(false));
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.THROTTLED);
        assertThat(aws.count("GetCallerIdentity")).isEqualTo(2);
    }

    @Test
    void slowAnswerTimesOut() {
        aws.delayed("GetCallerIdentity", 5_000);
        var problem = signInProblem(request(false));
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.TIMEOUT);
        assertThat(problem.code()).isEqualTo("Timeout");
    }

    @Test
    void connectionRefusedIsExplained() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var problem = signInProblem(request(false, URI.create("http://127.0.0.1:" + closedPort)));
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.NETWORK);
        assertThat(problem.code()).isEqualTo("ConnectionRefused");
    }

    @Test
    void unknownProfileFailsBeforeAnyRequest() {
        var request = new SignInRequest(new CredentialSource.NamedProfile("nope"), Region.EU_WEST_1,
                Optional.empty(), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
        var problem = signInProblem(request);
        assertThat(problem.code()).isEqualTo("ProfileNotFound");
        assertThat(aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void typedKeysAreUsedForSigning() {
        aws.callerIdentity();
        var request = new SignInRequest(new CredentialSource.TypedKeys("AKIATYPEDKEY00000001", Secret.of(SECRET)),
                Region.US_EAST_1, Optional.empty(), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
        try (var session = service.signIn(request)) {
            assertThat(session.source().label()).isEqualTo("access key AKIA…0001").doesNotContain(SECRET);
        }
        assertThat(aws.requests("GetCallerIdentity").get(0).getHeader("Authorization"))
                .contains("Credential=AKIATYPEDKEY00000001/").contains("/us-east-1/sts/");
    }

    private AwsProblem signInProblem(SignInRequest request) {
        var failure = catchThrowable(() -> service.signIn(request).close());
        assertThat(failure).as("sign-in should fail").isNotNull();
        return ErrorTranslator.translate("Sign in", failure);
    }
}
