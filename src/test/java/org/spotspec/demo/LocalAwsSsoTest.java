package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.SsoDeviceLogin;
import org.spotspec.aws.SsoEndpoints;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoToken;
import org.spotspec.testing.MutableClock;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The demo endpoint's IAM Identity Center, driven by SpotSpec's own device sign-in and portal code
 * over HTTP: the code is pending until a GET of the link shown approves it, the portal lists two
 * accounts page by page, and the role credentials it gives are an AWSReservedSSO role session to STS.
 */
class LocalAwsSsoTest {
    private static final String SANDBOX = "111122223333";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<String> pages = new CopyOnWriteArrayList<>();
    private final MutableClock serverClock = new MutableClock(Instant.now());
    private LocalAws aws;
    private URI endpoint;
    private AwsClientFactory clients;
    private SsoEndpoints endpoints;
    private SsoProfile profile;

    @BeforeEach
    void start() throws Exception {
        start(false);
    }

    private void start(boolean autoApprove) throws Exception {
        if (aws != null) {
            aws.stop();
        }
        aws = new LocalAws(serverClock, autoApprove, notices::add);
        endpoint = URI.create("http://127.0.0.1:" + aws.start(0));
        endpoints = new SsoEndpoints(Optional.of(endpoint), Optional.of(endpoint));
        if (clients == null) {
            clients = new AwsClientFactory(ClientSettings.defaults(), call -> { }, Clock.systemUTC());
        }
        profile = new SsoProfile("sso-demo", Optional.of("demo"), endpoint + "/start", Region.US_EAST_1, List.of(),
                Optional.empty(), Optional.empty());
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.stop();
    }

    /** The sign-in, with the browser's GET of the link sent at the second wait: the first poll is pending. */
    private SsoToken login(String linkSuffix) {
        var shown = new ArrayList<SsoDeviceLogin.Authorization>();
        SsoDeviceLogin.Sleeper approveAtSecondWait = d -> {
            waits.add(d);
            if (waits.size() == 2) {
                pages.add(get(shown.get(0).verificationUriComplete() + linkSuffix).body());
            }
        };
        return new SsoDeviceLogin(clients, endpoints, Clock.systemUTC(), approveAtSecondWait).login(profile, shown::add);
    }

    @Test
    void aCodeIsPendingUntilItsLinkIsOpenedThenTheTokenOpensThePortal() {
        var token = login("");

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(pages).singleElement().asString().contains("Approved: you can return to SpotSpec");
        assertThat(token.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(8)).minusSeconds(60),
                Instant.now().plus(Duration.ofHours(8)));
        assertThat(token.refreshToken()).isPresent();
        assertThat(notices).singleElement().asString().matches("(?s).*code [A-Z]{4}-[A-Z]{4}, approve at "
                + endpoint + "/device\\?user_code=.*").doesNotContain(token.accessToken());

        var portal = new SsoPortal(clients, endpoints);
        assertThat(portal.accounts(profile, token)).extracting(SsoPortal.Account::id, SsoPortal.Account::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SANDBOX, "Sandbox"),
                        org.assertj.core.groups.Tuple.tuple("444455556666", "Production"));
        assertThat(portal.roles(profile, token, SANDBOX)).containsExactly("SpotAdmin", "ReadOnly");
        assertThat(portal.roles(profile, token, "444455556666")).containsExactly("SpotAdmin");
    }

    @Test
    void roleCredentialsAreAnIdentityCenterRoleSessionToSts() {
        var token = login("");

        var role = new SsoPortal(clients, endpoints).roleCredentials(profile.withRole(SANDBOX, "SpotAdmin"), token);

        assertThat(role.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        var sessionEndpoints = new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint));
        try (var sts = clients.sts(StaticCredentialsProvider.create(role.credentials()), Region.US_EAST_1,
                sessionEndpoints)) {
            var identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo(SANDBOX);
            assertThat(identity.arn()).isEqualTo("arn:aws:sts::" + SANDBOX
                    + ":assumed-role/AWSReservedSSO_SpotAdmin_0123456789abcdef/spot-user");
        }
    }

    @Test
    void thePortalPagesByMaxResult() {
        var token = login("");
        try (var sso = clients.sso(Region.US_EAST_1, Optional.of(endpoint))) {
            var first = sso.listAccountRoles(b -> b.accessToken(token.accessToken()).accountId(SANDBOX).maxResults(1));
            var second = sso.listAccountRoles(b -> b.accessToken(token.accessToken()).accountId(SANDBOX).maxResults(1)
                    .nextToken(first.nextToken()));
            var whole = sso.listAccounts(b -> b.accessToken(token.accessToken()).maxResults(10));

            assertThat(first.roleList()).singleElement().satisfies(r -> assertThat(r.roleName()).isEqualTo("SpotAdmin"));
            assertThat(first.nextToken()).isNotEmpty();
            assertThat(second.roleList()).singleElement().satisfies(r -> assertThat(r.roleName()).isEqualTo("ReadOnly"));
            assertThat(second.nextToken()).isNull();
            assertThat(whole.accountList()).hasSize(2);
            assertThat(whole.nextToken()).isNull();
        }
    }

    @Test
    void aRefreshTokenGivesANewAccessToken() {
        var token = login("");
        var client = token.client().orElseThrow();
        try (var oidc = clients.ssoOidc(Region.US_EAST_1, Optional.of(endpoint))) {
            var refreshed = oidc.createToken(b -> b.clientId(client.clientId()).clientSecret(client.clientSecret())
                    .grantType("refresh_token").refreshToken(token.refreshToken().orElseThrow()));
            var again = catchThrowable(() -> oidc.createToken(b -> b.clientId(client.clientId())
                    .clientSecret(client.clientSecret()).grantType("refresh_token")
                    .refreshToken(token.refreshToken().orElseThrow())));

            assertThat(refreshed.accessToken()).isNotEqualTo(token.accessToken());
            assertThat(refreshed.refreshToken()).isNotEqualTo(token.refreshToken().orElseThrow());
            assertThat(again).isInstanceOf(software.amazon.awssdk.services.ssooidc.model.InvalidGrantException.class);
            var fresh = new SsoToken(token.startUrl(), token.region(), refreshed.accessToken(), token.expiresAt(),
                    Optional.empty(), Optional.empty());
            assertThat(new SsoPortal(clients, endpoints).accounts(profile, fresh)).hasSize(2);
        }
    }

    @Test
    void aDeniedCodeAnExpiredCodeABadTokenAndAnUnknownRoleAreExplained() {
        var denied = ErrorTranslator.translate("Login", catchThrowable(() -> login("&deny=1")));
        waits.clear();
        var expired = ErrorTranslator.translate("Login", catchThrowable(() -> new SsoDeviceLogin(clients, endpoints,
                Clock.systemUTC(), d -> serverClock.advance(Duration.ofMinutes(11))).login(profile, a -> { })));
        var bogus = new SsoToken(profile.startUrl(), "us-east-1", "not-a-token", Instant.now().plusSeconds(3600),
                Optional.empty(), Optional.empty());
        var rejected = ErrorTranslator.translate("Sign in", catchThrowable(() -> new SsoPortal(clients, endpoints)
                .roleCredentials(profile.withRole(SANDBOX, "SpotAdmin"), bogus)));
        var token = login("");
        var unknown = ErrorTranslator.translate("Sign in", catchThrowable(() -> new SsoPortal(clients, endpoints)
                .roleCredentials(profile.withRole("444455556666", "ReadOnly"), token)));

        assertThat(denied.code()).isEqualTo("SsoAccessDenied");
        assertThat(pages.get(0)).contains("Denied");
        assertThat(expired.code()).isEqualTo("SsoDeviceCodeExpired");
        assertThat(rejected.code()).isEqualTo("SsoTokenRejected");
        assertThat(unknown.code()).isEqualTo("SsoRoleNotFound");
    }

    @Test
    void autoApproveGivesTheTokenAtTheFirstPollWithoutABrowser() throws Exception {
        start(true);

        var token = new SsoDeviceLogin(clients, endpoints, Clock.systemUTC(), waits::add).login(profile, a -> { });

        assertThat(waits).hasSize(1);
        assertThat(new SsoPortal(clients, endpoints).accounts(profile, token)).hasSize(2);
    }

    @Test
    void theApprovalPageRefusesAnUnknownCode() {
        var page = get(endpoint + "/device?user_code=ZZZZ-ZZZZ");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No sign-in waits for code ZZZZ-ZZZZ");
        assertThat(get(endpoint + "/device").body()).contains("<form");
    }

    private static HttpResponse<String> get(String uri) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
