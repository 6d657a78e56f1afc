package org.spotspec.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;

/**
 * IAM Identity Center on an {@link AwsStub}'s server: the OIDC service (RegisterClient,
 * StartDeviceAuthorization, CreateToken) and the portal (GetRoleCredentials, ListAccounts,
 * ListAccountRoles), answering with the JSON, paths and {@code x-amzn-ErrorType} headers the real
 * services use (restJson1). The secrets are canaries: no test output may contain them.
 */
public final class SsoStub {
    public static final String START_URL = "https://corp.awsapps.com/start";
    public static final String ACCOUNT = "123456789012";
    public static final String ROLE = "SpotAdmin";
    public static final String ACCESS_TOKEN = "aoaSSOACCESSTOKENcanary0123456789";
    public static final String REFRESH_TOKEN = "aorSSOREFRESHTOKENcanary0123456789";
    public static final String CLIENT_ID = "ssoClientIdPublic0001";
    public static final String CLIENT_SECRET = "eyJSSOCLIENTSECRETcanary0123456789";
    public static final String DEVICE_CODE = "ssoDEVICECODEcanary0123456789";
    public static final String USER_CODE = "WDDD-HRQX";
    public static final String ROLE_KEY_ID = "ASIASSOROLEKEY000001";
    public static final String ROLE_SECRET = "ssoROLESECRETcanary0123456789abcdefghij";
    public static final String ROLE_TOKEN = "ssoROLESESSIONTOKENcanary0123456789";

    private final AwsStub aws;

    public SsoStub(AwsStub aws) {
        this.aws = aws;
    }

    public SsoStub registersClient() {
        aws.server().stubFor(post(urlPathEqualTo("/client/register")).willReturn(json(200, "{\"clientId\":\""
                + CLIENT_ID + "\",\"clientSecret\":\"" + CLIENT_SECRET + "\",\"clientIdIssuedAt\":1764000000,"
                + "\"clientSecretExpiresAt\":1771776000}")));
        return this;
    }

    public SsoStub startsDeviceAuthorization(int interval, int expiresIn) {
        aws.server().stubFor(post(urlPathEqualTo("/device_authorization")).willReturn(json(200, "{\"deviceCode\":\""
                + DEVICE_CODE + "\",\"userCode\":\"" + USER_CODE + "\",\"verificationUri\":"
                + "\"https://device.sso.eu-west-1.amazonaws.com/\",\"verificationUriComplete\":"
                + "\"https://device.sso.eu-west-1.amazonaws.com/?user_code=" + USER_CODE + "\",\"expiresIn\":"
                + expiresIn + ",\"interval\":" + interval + "}")));
        return this;
    }

    /** CreateToken answers each error in turn (e.g. authorization_pending, slow_down), then the token. */
    public SsoStub createsTokenAfter(String... errors) {
        var state = Scenario.STARTED;
        for (int i = 0; i < errors.length; i++) {
            var next = "poll" + (i + 1);
            aws.server().stubFor(post(urlPathEqualTo("/token")).inScenario("token").whenScenarioStateIs(state)
                    .willReturn(oidcError(errors[i])).willSetStateTo(next));
            state = next;
        }
        aws.server().stubFor(post(urlPathEqualTo("/token")).inScenario("token").whenScenarioStateIs(state)
                .willReturn(json(200, "{\"accessToken\":\"" + ACCESS_TOKEN + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":28800,\"refreshToken\":\"" + REFRESH_TOKEN + "\"}")));
        return this;
    }

    /** CreateToken with the refresh token gives a new access token ({@code newToken}) and refresh token. */
    public SsoStub refreshesToken(String newToken, String newRefreshToken) {
        aws.server().stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("\"grantType\":\"refresh_token\""))
                .withRequestBody(containing("\"refreshToken\":\"" + REFRESH_TOKEN + "\"")).atPriority(1)
                .willReturn(json(200, "{\"accessToken\":\"" + newToken + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":28800,\"refreshToken\":\"" + newRefreshToken + "\"}")));
        return this;
    }

    /** CreateToken fails with {@code error} (authorization_pending, slow_down, expired_token, access_denied...). */
    public SsoStub createTokenFails(String error) {
        aws.server().stubFor(post(urlPathEqualTo("/token")).willReturn(oidcError(error)));
        return this;
    }

    public SsoStub givesRoleCredentials(Instant expiration) {
        aws.server().stubFor(get(urlPathEqualTo("/federation/credentials"))
                .withHeader("x-amz-sso_bearer_token", equalTo(ACCESS_TOKEN))
                .willReturn(json(200, "{\"roleCredentials\":{\"accessKeyId\":\"" + ROLE_KEY_ID + "\","
                        + "\"secretAccessKey\":\"" + ROLE_SECRET + "\",\"sessionToken\":\"" + ROLE_TOKEN + "\","
                        + "\"expiration\":" + expiration.toEpochMilli() + "}}")));
        return this;
    }

    /** The portal refuses the token: expired, or signed out. */
    public SsoStub rejectsToken() {
        aws.server().stubFor(get(urlPathEqualTo("/federation/credentials")).willReturn(json(401,
                "{\"message\":\"Session token not found or invalid\"}")
                .withHeader("x-amzn-ErrorType", "UnauthorizedException")));
        return this;
    }

    /**
     * The portal refuses {@link #ACCESS_TOKEN} (signed out, however long it would last) and takes
     * {@code newToken}, which the device flow's CreateToken gives at once.
     */
    public SsoStub refusesTheLoginForANewOne(String newToken, Instant roleExpiration) {
        aws.server().stubFor(get(urlPathEqualTo("/federation/credentials")).atPriority(1)
                .withHeader("x-amz-sso_bearer_token", equalTo(ACCESS_TOKEN)).willReturn(json(401,
                        "{\"message\":\"Session token not found or invalid\"}")
                        .withHeader("x-amzn-ErrorType", "UnauthorizedException")));
        aws.server().stubFor(get(urlPathEqualTo("/federation/credentials")).atPriority(1)
                .withHeader("x-amz-sso_bearer_token", equalTo(newToken))
                .willReturn(json(200, "{\"roleCredentials\":{\"accessKeyId\":\"" + ROLE_KEY_ID + "\","
                        + "\"secretAccessKey\":\"" + ROLE_SECRET + "\",\"sessionToken\":\"" + ROLE_TOKEN + "\","
                        + "\"expiration\":" + roleExpiration.toEpochMilli() + "}}")));
        aws.server().stubFor(post(urlPathEqualTo("/token")).atPriority(1).withRequestBody(containing("device_code"))
                .willReturn(json(200, "{\"accessToken\":\"" + newToken + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":28800,\"refreshToken\":\"" + REFRESH_TOKEN + "\"}")));
        return this;
    }

    /** ListAccounts on two pages; ListAccountRoles of {@link #ACCOUNT} gives ReadOnly and {@link #ROLE}. */
    public SsoStub listsAccountsAndRoles() {
        aws.server().stubFor(get(urlPathEqualTo("/assignment/accounts")).withQueryParam("next_token", equalTo("p2"))
                .atPriority(1).willReturn(json(200, "{\"accountList\":[{\"accountId\":\"" + ACCOUNT + "\","
                        + "\"accountName\":\"spot\",\"emailAddress\":\"spot@example.com\"}]}")));
        aws.server().stubFor(get(urlPathEqualTo("/assignment/accounts")).atPriority(5).willReturn(json(200,
                "{\"accountList\":[{\"accountId\":\"111111111111\",\"accountName\":\"sandbox\","
                        + "\"emailAddress\":\"sandbox@example.com\"}],\"nextToken\":\"p2\"}")));
        aws.server().stubFor(get(urlPathEqualTo("/assignment/roles")).withQueryParam("account_id", equalTo(ACCOUNT))
                .willReturn(json(200, "{\"roleList\":[{\"roleName\":\"ReadOnly\",\"accountId\":\"" + ACCOUNT + "\"},"
                        + "{\"roleName\":\"" + ROLE + "\",\"accountId\":\"" + ACCOUNT + "\"}]}")));
        return this;
    }

    /** ListAccounts gives {@link #ACCOUNT} alone, whose ListAccountRoles gives {@code roles}. */
    public SsoStub listsOneAccount(String... roles) {
        aws.server().stubFor(get(urlPathEqualTo("/assignment/accounts")).willReturn(json(200, "{\"accountList\":[{"
                + "\"accountId\":\"" + ACCOUNT + "\",\"accountName\":\"spot\",\"emailAddress\":\"spot@example.com\"}]}")));
        var list = new StringBuilder();
        for (var role : roles) {
            list.append(list.length() == 0 ? "" : ",").append("{\"roleName\":\"").append(role)
                    .append("\",\"accountId\":\"").append(ACCOUNT).append("\"}");
        }
        aws.server().stubFor(get(urlPathEqualTo("/assignment/roles")).withQueryParam("account_id", equalTo(ACCOUNT))
                .willReturn(json(200, "{\"roleList\":[" + list + "]}")));
        return this;
    }

    /** The portal refuses the token on ListAccounts (expired, or signed out). */
    public SsoStub rejectsTokenOnListAccounts() {
        aws.server().stubFor(get(urlPathEqualTo("/assignment/accounts")).atPriority(1).willReturn(json(401,
                "{\"message\":\"Session token not found or invalid\"}")
                .withHeader("x-amzn-ErrorType", "UnauthorizedException")));
        return this;
    }

    /** CreateToken with a refresh token is refused ({@code invalid_grant}): only a new login helps. */
    public SsoStub refusesRefresh() {
        aws.server().stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("\"grantType\":\"refresh_token\""))
                .atPriority(1).willReturn(oidcError("invalid_grant")));
        return this;
    }

    /** A cache file's JSON as the AWS CLI writes it. */
    public static String cacheJson(String startUrl, Instant expiresAt) {
        return "{\"startUrl\": \"" + startUrl + "\", \"region\": \"eu-west-1\", \"accessToken\": \"" + ACCESS_TOKEN
                + "\", \"expiresAt\": \"" + expiresAt + "\", \"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \""
                + CLIENT_SECRET + "\", \"registrationExpiresAt\": \"2027-02-22T00:00:00Z\", \"refreshToken\": \""
                + REFRESH_TOKEN + "\"}";
    }

    private static ResponseDefinitionBuilder oidcError(String error) {
        var type = switch (error) {
            case "authorization_pending" -> "AuthorizationPendingException";
            case "slow_down" -> "SlowDownException";
            case "expired_token" -> "ExpiredTokenException";
            case "access_denied" -> "AccessDeniedException";
            case "invalid_client" -> "InvalidClientException";
            case "invalid_grant" -> "InvalidGrantException";
            default -> "InvalidRequestException";
        };
        int status = "invalid_client".equals(error) ? 401 : 400;
        return json(status, "{\"error\":\"" + error + "\",\"error_description\":null}")
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
