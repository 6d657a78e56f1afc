package org.spotspec.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * STS AssumeRole on an {@link AwsStub}: one answer per role ARN (STS's real XML), and
 * GetCallerIdentity answering with the assumed-role ARN for requests signed with the role's key.
 */
public final class RoleStub {
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/spot-admin";
    public static final String MIDDLE_ROLE_ARN = "arn:aws:iam::123456789012:role/middle";
    public static final String ASSUMED_ARN = "arn:aws:sts::123456789012:assumed-role/spot-admin/spotspec-alice";
    public static final String ROLE_KEY_ID = "ASIAROLEKEYID0000001";
    public static final String MIDDLE_KEY_ID = "ASIAMIDDLEKEYID00001";
    public static final String ROLE_SECRET = "CanaryRoleSecretDoNotLeak000000000000000";
    public static final String ROLE_TOKEN = "CanaryRoleTokenDoNotLeakIQoJb3JpZ2luX2VjEJr00000000000000000000";

    private final AwsStub aws;

    public RoleStub(AwsStub aws) {
        this.aws = aws;
    }

    /** AssumeRole of {@code roleArn} answers with these credentials; GetCallerIdentity knows their key. */
    public void assumes(String roleArn, String keyId, String assumedArn, Instant expiration) {
        var body = AwsStub.fill(AwsStub.read("sts-assume-role.xml"), Map.of("assumedRoleArn", assumedArn,
                "sessionName", "spotspec-alice", "accessKeyId", keyId, "secretAccessKey", ROLE_SECRET,
                "sessionToken", ROLE_TOKEN, "expiration", expiration.toString()));
        aws.server().stubFor(AwsStub.action("AssumeRole")
                .withRequestBody(containing("RoleArn=" + URLEncoder.encode(roleArn, StandardCharsets.UTF_8)))
                .willReturn(xml(200, body)));
        var identity = "<Arn>" + assumedArn + "</Arn><UserId>AROA3XFRBF535PLBIFPI4:spotspec-alice</UserId><Account>"
                + AwsXml.ACCOUNT + "</Account>";
        aws.server().stubFor(AwsStub.action("GetCallerIdentity")
                .withHeader("Authorization", containing("Credential=" + keyId + "/"))
                .willReturn(xml(200, AwsXml.document(AwsXml.stsResponse("GetCallerIdentity",
                        "01234567-89ab-cdef-0123-456789abcdef", identity)))));
    }

    /** The spot-admin role with its usual key and ARN, valid until {@code expiration}. */
    public void assumesSpotAdmin(Instant expiration) {
        assumes(ROLE_ARN, ROLE_KEY_ID, ASSUMED_ARN, expiration);
    }

    /**
     * The AssumeRole calls, oldest first: their first attempts only, as a loaded machine may see the
     * SDK retry one whose answer came after the tests' short attempt timeout.
     */
    public List<LoggedRequest> requests() {
        return aws.requests("AssumeRole").stream()
                .filter(r -> !r.containsHeader("amz-sdk-request") || r.getHeader("amz-sdk-request").startsWith("attempt=1;"))
                .toList();
    }

    /** A request's parameters, decoded. */
    public static Map<String, String> form(LoggedRequest request) {
        return AwsStub.form(request.getBodyAsString());
    }

    /** The access key id that signed a request (its Authorization header's credential). */
    public static String signedBy(LoggedRequest request) {
        var header = request.getHeader("Authorization");
        int start = header.indexOf("Credential=") + "Credential=".length();
        return header.substring(start, header.indexOf('/', start));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
