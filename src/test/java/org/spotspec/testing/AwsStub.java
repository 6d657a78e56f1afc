package org.spotspec.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import software.amazon.awssdk.regions.Region;

/**
 * A local STS + EC2 endpoint over real HTTP (WireMock on a random port) answering with the XML
 * the real services send. Both services share the root path; the Query protocol's
 * {@code Action=} form field tells them apart.
 *
 * <p>One of three fake endpoints, each for its own use; what they answer alike (errors, spot
 * price records, timestamps, form and region reading) is written once in {@link AwsXml},
 * {@link QueryForm} and {@link CredentialScope}.
 * <ul>
 *   <li><b>This one</b>, for service, command-line and UI tests: each test states exactly the
 *       answers it needs (any status, error, delay, page, expiry once, HTML instead of XML) and
 *       checks what was sent. It holds no state of its own and knows no EC2 rules.</li>
 *   <li>{@code demo.LocalAws}, a stateful STS + EC2 simulator (launches, requests and
 *       instances that move on with a clock, EC2's validation and error codes, generated price
 *       history): for trying the app without an account, screenshots, CI's run of the packaged
 *       command line, and tests of whole flows where a canned answer would not follow along.</li>
 *   <li>{@code bench.StubEc2}, the fetch benchmark's server: fixed pages rendered before the
 *       clock starts, a fixed delay per page and EC2's throttle per region.</li>
 * </ul>
 */
public final class AwsStub implements AutoCloseable {
    public static final String ACCOUNT = AwsXml.ACCOUNT;
    public static final String ARN = AwsXml.ARN;
    public static final String MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    public static final String SESSION_KEY_ID = "ASIASESSIONKEYID0001";

    private static final String EC2_REQUEST_ID = "ea966190-f9aa-478e-9ede-example";
    private static final String STS_REQUEST_ID = "c6104cbe-af31-11e0-8154-cbc7ccf896c7";
    private static final String PRICES_REQUEST_ID = "59dbff89-35bd-4eac-99ed-be587e0000ff";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public AwsStub() {
        server.start();
    }

    public URI uri() {
        return URI.create("http://localhost:" + server.port());
    }

    public WireMockServer server() {
        return server;
    }

    public void sessionToken(String secretKey, String sessionToken, Instant expiration) {
        var body = fill(read("sts-get-session-token.xml"), Map.of("accessKeyId", SESSION_KEY_ID,
                "secretAccessKey", secretKey, "sessionToken", sessionToken, "expiration", expiration.toString()));
        server.stubFor(action("GetSessionToken").willReturn(xml(200, body)));
    }

    /** Signs in with the test's typed keys in eu-west-1, both services pointed at this stub. */
    public AwsSession signIn(AwsClientFactory clients, Path home) {
        callerIdentity();
        var sessions = new SessionService(clients, TestAws.emptyEnvironment(home), () -> {
            throw new AssertionError("typed keys need no profiles");
        });
        return sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys(TestAws.KEY_ID,
                Secret.of(TestAws.SECRET)), Region.EU_WEST_1, Optional.empty(),
                new AwsEndpoints(Optional.of(uri()), Optional.of(uri()))));
    }

    public void callerIdentity() {
        server.stubFor(action("GetCallerIdentity").willReturn(xml(200, read("sts-get-caller-identity.xml"))));
    }

    /** The EC2 access check: a permitted dry run, answered as EC2 does (HTTP 412). */
    public void ec2Probe() {
        server.stubFor(action("DescribeSpotPriceHistory").willReturn(xml(412,
                ec2ErrorBody(AwsXml.DRY_RUN_CODE, AwsXml.DRY_RUN_MESSAGE))));
    }

    /** Sign-in happy path: session token, identity and EC2 all answer. */
    public void signInSucceeds(String secretKey, String sessionToken, Instant expiration) {
        sessionToken(secretKey, sessionToken, expiration);
        callerIdentity();
        ec2Probe();
    }

    public void stsError(String action, int status, String code, String message) {
        server.stubFor(action(action).willReturn(xml(status, stsErrorBody(code, message))));
    }

    public void ec2Error(String action, int status, String code, String message) {
        server.stubFor(action(action).willReturn(xml(status, ec2ErrorBody(code, message))));
    }

    /**
     * Answers {@code action} signed for {@code region} (null: any region) whose request carries
     * {@code NextToken=token} (null: no token, i.e. the first page) with {@code body}. The region
     * comes from the credential scope of the Authorization header, as a real endpoint's would.
     */
    public void ec2Page(String action, String region, String token, int status, String body) {
        var mapping = action(action).withRequestBody(token == null ? notContaining("NextToken=")
                : containing("NextToken=" + token));
        server.stubFor(inRegion(mapping, region).willReturn(xml(status, body)));
    }

    public void ec2Page(String action, String region, String token, String body) {
        ec2Page(action, region, token, 200, body);
    }

    /** Every {@code action} call signed for {@code region} fails with EC2's error. */
    public void ec2Error(String action, String region, int status, String code, String message) {
        server.stubFor(inRegion(action(action), region).willReturn(xml(status, ec2ErrorBody(code, message))));
    }

    private static MappingBuilder inRegion(MappingBuilder mapping, String region) {
        return region == null ? mapping : mapping.withHeader("Authorization", containing("/" + region + "/ec2/"));
    }

    /** A DescribeSpotPriceHistory answer; an empty {@code nextToken} marks the last page, as EC2 does. */
    public static String spotPricePage(String nextToken, List<String> items) {
        return AwsXml.spotPricePage(PRICES_REQUEST_ID, String.join("", items), nextToken);
    }

    /** One {@code <item>} of a DescribeSpotPriceHistory answer. */
    public static String spotPriceItem(String zone, String type, String product, String price, Instant timestamp) {
        return AwsXml.spotPriceItem(zone, type, product, price, timestamp);
    }

    /** The region a request was signed for, from its Authorization header's credential scope. */
    public static String signedRegion(LoggedRequest request) {
        return CredentialScope.of(request.getHeader("Authorization")).orElseThrow(
                () -> new AssertionError("unsigned request: " + request.getBodyAsString())).region();
    }

    public void html(String action, int status) {
        server.stubFor(action(action).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html").withBody(read("html-500.html"))));
    }

    public void delayed(String action, int millis) {
        server.stubFor(action(action).willReturn(xml(200, read("sts-get-caller-identity.xml"))
                .withFixedDelay(millis)));
    }

    /** The first call of {@code action} fails with STS's ExpiredToken, later ones succeed. */
    public void expiresOnce(String action, String successBody) {
        expiresOnce(action, 403, stsErrorBody("ExpiredToken", "The security token included in the request is expired"),
                successBody);
    }

    /** As {@link #expiresOnce}, for an EC2 action: the first answer is EC2's ExpiredToken (its own XML). */
    public void ec2ExpiresOnce(String action, String successBody) {
        expiresOnce(action, 400, ec2ErrorBody("ExpiredToken", "The provided token has expired."), successBody);
    }

    private void expiresOnce(String action, int status, String errorBody, String successBody) {
        var scenario = "expiry-" + action;
        server.stubFor(action(action).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(status, errorBody))
                .willSetStateTo("renewed"));
        server.stubFor(action(action).inScenario(scenario).whenScenarioStateIs("renewed")
                .willReturn(xml(200, successBody)));
    }

    public static String stsErrorBody(String code, String message) {
        return AwsXml.stsError(code, message, STS_REQUEST_ID);
    }

    public static String ec2ErrorBody(String code, String message) {
        return AwsXml.document(AwsXml.ec2Error(code, message, EC2_REQUEST_ID));
    }

    public List<LoggedRequest> requests(String action) {
        return server.findAll(calls(action));
    }

    /** A Query-protocol request body's parameters, decoded, in order. */
    public static Map<String, String> form(String body) {
        return QueryForm.decode(body);
    }

    /** The request bodies of {@code action}, oldest first. */
    public List<String> bodies(String action) {
        return requests(action).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    public static RequestPatternBuilder calls(String action) {
        return postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action));
    }

    public int count(String action) {
        return requests(action).size();
    }

    public static MappingBuilder action(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    public static String read(String name) {
        try (InputStream in = AwsStub.class.getResourceAsStream("/org/spotspec/aws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with each {@code ${name}} replaced by its value. */
    static String fill(String template, Map<String, String> values) {
        var text = template;
        for (var e : values.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    @Override
    public void close() {
        server.stop();
    }
}
