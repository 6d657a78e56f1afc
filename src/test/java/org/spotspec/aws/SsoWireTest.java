package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.SsoStub;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.regions.Region;

/** The device flow and the portal over real HTTP against IAM Identity Center's JSON. */
class SsoWireTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final SsoProfile profile = new SsoProfile("work", Optional.of("corp"), SsoStub.START_URL, Region.EU_WEST_1,
            List.of(), Optional.of(SsoStub.ACCOUNT), Optional.of(SsoStub.ROLE));

    @TempDir
    Path home;
    private AwsStub aws;
    private SsoStub sso;
    private AwsClientFactory clients;
    private SsoEndpoints endpoints;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() {
        aws = new AwsStub();
        sso = new SsoStub(aws);
        clients = new AwsClientFactory(WireSession.SETTINGS, CallJournal.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        endpoints = new SsoEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri()));
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    private SsoDeviceLogin login() {
        return new SsoDeviceLogin(clients, endpoints, Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
    }

    @Test
    void theDeviceFlowPollsWhilePendingSlowsDownAndGetsTheToken() {
        sso.registersClient().startsDeviceAuthorization(2, 600).createsTokenAfter("authorization_pending", "slow_down");
        var shown = new ArrayList<SsoDeviceLogin.Authorization>();

        var token = login().login(profile, shown::add);

        assertThat(shown).singleElement().satisfies(a -> {
            assertThat(a.userCode()).isEqualTo(SsoStub.USER_CODE);
            assertThat(a.verificationUriComplete()).endsWith("?user_code=" + SsoStub.USER_CODE);
            assertThat(a.expiresIn()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(7));
        assertThat(token.accessToken()).isEqualTo(SsoStub.ACCESS_TOKEN);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(28800));
        assertThat(token.client()).hasValueSatisfying(c -> assertThat(c.clientId()).isEqualTo(SsoStub.CLIENT_ID));
        assertThat(token.refreshToken()).contains(SsoStub.REFRESH_TOKEN);
        assertThat(token.toString()).doesNotContain(SsoStub.ACCESS_TOKEN, SsoStub.CLIENT_SECRET, SsoStub.REFRESH_TOKEN);
        var register = aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl()
                .equals("/client/register")).findFirst().orElseThrow().getRequest().getBodyAsString();
        assertThat(register).contains("\"clientName\":\"spotspec\"", "\"clientType\":\"public\"");
        var start = body("/device_authorization");
        assertThat(start).contains("\"startUrl\":\"" + SsoStub.START_URL + "\"");
        assertThat(body("/token")).contains("\"grantType\":\"urn:ietf:params:oauth:grant-type:device_code\"",
                "\"deviceCode\":\"" + SsoStub.DEVICE_CODE + "\"");
    }

    @Test
    void aLegacyProfileKeepsNoClientRegistrationAsTheAwsCliDoes() {
        sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter();
        var legacy = new SsoProfile("old", Optional.empty(), SsoStub.START_URL, Region.EU_WEST_1, List.of(),
                Optional.empty(), Optional.empty());

        var token = login().login(legacy, a -> { });

        assertThat(token.client()).isEmpty();
        assertThat(token.refreshToken()).isEmpty();
    }

    @Test
    void anExpiredDeviceCodeAndADenialAreExplained() {
        sso.registersClient().startsDeviceAuthorization(1, 600).createTokenFails("expired_token");
        var expired = ErrorTranslator.translate("Login", catchThrowable(() -> login().login(profile, a -> { })));
        assertThat(expired.code()).isEqualTo("SsoDeviceCodeExpired");
        assertThat(expired.nextStep()).contains("spotspec sso login --profile work");

        sso.createTokenFails("access_denied");
        var denied = ErrorTranslator.translate("Login", catchThrowable(() -> login().login(profile, a -> { })));
        assertThat(denied.code()).isEqualTo("SsoAccessDenied");

        sso.createTokenFails("invalid_client");
        var client = ErrorTranslator.translate("Login", catchThrowable(() -> login().login(profile, a -> { })));
        assertThat(client.code()).isEqualTo("SsoInvalidClient");
        assertThat(expired.meaning() + denied.meaning() + client.meaning() + client.awsMessage())
                .doesNotContain(SsoStub.CLIENT_SECRET, SsoStub.DEVICE_CODE);
    }

    @Test
    void pollingStopsWhenTheCodeHasExpired() {
        sso.registersClient().startsDeviceAuthorization(5, 12).createTokenFails("authorization_pending");
        var clock = new MutableClock(NOW);
        var flow = new SsoDeviceLogin(clients, endpoints, clock, d -> clock.advance(d));

        var problem = ErrorTranslator.translate("Login", catchThrowable(() -> flow.login(profile, a -> { })));

        assertThat(problem.code()).isEqualTo("SsoDeviceCodeExpired");
        assertThat(aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/token")))
                .hasSize(2);
    }

    @Test
    void roleCredentialsComeFromThePortalWithTheBearerTokenAndAreFetchedAgainBeforeTheyEnd() {
        sso.givesRoleCredentials(NOW.plus(Duration.ofHours(1)));
        write(SsoStub.cacheJson(SsoStub.START_URL, NOW.plus(Duration.ofHours(8))));
        var clock = new MutableClock(NOW);
        var credentials = new SsoCredentials(profile, tokens(clock), new SsoPortal(clients, endpoints),
                clock);

        var first = credentials.resolveCredentials();
        credentials.resolveCredentials();
        clock.advance(Duration.ofMinutes(56));
        credentials.resolveCredentials();

        assertThat(first.accessKeyId()).isEqualTo(SsoStub.ROLE_KEY_ID);
        assertThat(first.secretAccessKey()).isEqualTo(SsoStub.ROLE_SECRET);
        assertThat(credentials.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        var calls = aws.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/federation/credentials")).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getRequest().queryParameter("account_id").firstValue()).isEqualTo(SsoStub.ACCOUNT);
        assertThat(calls.get(0).getRequest().queryParameter("role_name").firstValue()).isEqualTo(SsoStub.ROLE);
        assertThat(credentials.label()).isEqualTo("SSO " + SsoStub.START_URL + " · 123456789012 · SpotAdmin");
        assertThat(credentials.toString()).doesNotContain(SsoStub.ROLE_SECRET, SsoStub.ACCESS_TOKEN);
    }

    @Test
    void anExpiredOrMissingTokenOrOneThePortalRejectsSaysToLogInAgain() {
        var clock = new MutableClock(NOW);
        var credentials = new SsoCredentials(profile, tokens(clock), new SsoPortal(clients, endpoints), clock);
        var missing = ((AwsProblemException) catchThrowable(credentials::resolveCredentials)).problem();
        assertThat(missing.code()).isEqualTo("SsoTokenMissing");
        assertThat(missing.nextStep()).contains("spotspec sso login --profile work", "aws sso login --profile work");

        write(SsoStub.cacheJson(SsoStub.START_URL, NOW.minusSeconds(1)));
        sso.createTokenFails("invalid_grant"); // the refresh token is refused too
        var expired = ((AwsProblemException) catchThrowable(credentials::resolveCredentials)).problem();
        assertThat(expired.code()).isEqualTo("SsoTokenExpired");
        assertThat(aws.server().getAllServeEvents()).singleElement()
                .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/token"));

        write(SsoStub.cacheJson(SsoStub.START_URL, NOW.plusSeconds(3600)));
        sso.rejectsToken();
        var rejected = ErrorTranslator.translate("Sign in", catchThrowable(credentials::resolveCredentials));
        assertThat(rejected.code()).isEqualTo("SsoTokenRejected");
        assertThat(rejected.httpStatus()).isEqualTo(401);
        assertThat(rejected.nextStep()).contains("spotspec sso login --profile work");
        assertThat(rejected.toString()).doesNotContain(SsoStub.ACCESS_TOKEN);
    }

    @Test
    void accountsAndRolesAreListedAcrossPages() {
        sso.listsAccountsAndRoles();
        var portal = new SsoPortal(clients, endpoints);
        var token = SsoTokenCache.parse(SsoStub.cacheJson(SsoStub.START_URL, NOW.plusSeconds(60))).orElseThrow();

        assertThat(portal.accounts(profile, token)).extracting(SsoPortal.Account::id)
                .containsExactly("111111111111", SsoStub.ACCOUNT);
        assertThat(portal.roles(profile, token, SsoStub.ACCOUNT)).containsExactly("ReadOnly", SsoStub.ROLE);
        assertThat(aws.server().getAllServeEvents()).allSatisfy(e -> assertThat(
                e.getRequest().getHeader("x-amz-sso_bearer_token")).isEqualTo(SsoStub.ACCESS_TOKEN));
    }

    @Test
    void anEndedCachedLoginIsRefreshedWithItsRefreshTokenAndWrittenBackAsTheAwsCliDoes() throws Exception {
        write(SsoStub.cacheJson(SsoStub.START_URL, NOW.minusSeconds(60)));
        sso.refreshesToken("aoaREFRESHEDACCESS0001", "aorREFRESHEDREFRESH0001");
        var clock = new MutableClock(NOW);

        var token = tokens(clock).current(profile).orElseThrow();

        assertThat(token.accessToken()).isEqualTo("aoaREFRESHEDACCESS0001");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(28800));
        assertThat(body("/token")).contains("\"clientId\":\"" + SsoStub.CLIENT_ID + "\"");
        var written = SsoTokenCache.parse(Files.readString(SsoTokenCache.inHome(home).file("corp"))).orElseThrow();
        assertThat(written.accessToken()).isEqualTo("aoaREFRESHEDACCESS0001");
        assertThat(written.refreshToken()).contains("aorREFRESHEDREFRESH0001");
        assertThat(written.client()).isPresent();
    }

    @Test
    void renewingEarlyRefreshesALoginThatIsStillValid() {
        write(SsoStub.cacheJson(SsoStub.START_URL, NOW.plus(Duration.ofMinutes(5))));
        sso.refreshesToken("aoaEARLYREFRESH0001", "aorEARLYREFRESH0001");
        var clock = new MutableClock(NOW);
        var tokens = tokens(clock);

        assertThat(tokens.current(profile)).hasValueSatisfying(t -> assertThat(t.accessToken())
                .isEqualTo(SsoStub.ACCESS_TOKEN));
        var renewed = tokens.lastingBeyond(profile, NOW.plus(Duration.ofMinutes(5))).orElseThrow();

        assertThat(renewed.accessToken()).isEqualTo("aoaEARLYREFRESH0001");
        assertThat(tokens.current(profile)).contains(renewed);
        assertThat(tokens.lastingBeyond(profile, NOW.plus(Duration.ofMinutes(5)))).as("no second refresh").contains(renewed);
        assertThat(aws.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void aLoginOfThisRunStaysInMemoryUnlessShared() {
        var clock = new MutableClock(NOW);
        var logins = new SsoLogins();
        var tokens = new SsoTokens(SsoTokenCache.inHome(home), logins, new SsoTokenRefresh(clients, endpoints, clock),
                clock);
        var token = SsoTokenCache.parse(SsoStub.cacheJson(SsoStub.START_URL, NOW.plusSeconds(3600))).orElseThrow();

        tokens.keep(profile, token, false);

        assertThat(tokens.current(profile)).contains(token);
        assertThat(tokens.endOf(profile)).contains(NOW.plusSeconds(3600));
        assertThat(SsoTokenCache.inHome(home).file("corp")).doesNotExist();
        tokens.keep(profile, token, true);
        assertThat(SsoTokenCache.inHome(home).read(profile)).contains(token);
        assertThat(logins.toString()).doesNotContain(SsoStub.ACCESS_TOKEN);
    }

    private SsoTokens tokens(Clock clock) {
        return new SsoTokens(SsoTokenCache.inHome(home), new SsoLogins(), new SsoTokenRefresh(clients, endpoints, clock),
                clock);
    }

    private String body(String path) {
        return aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path))
                .findFirst().orElseThrow().getRequest().getBodyAsString();
    }

    private void write(String json) {
        var cache = SsoTokenCache.inHome(home);
        try {
            Files.createDirectories(cache.file("corp").getParent());
            Files.writeString(cache.file("corp"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
