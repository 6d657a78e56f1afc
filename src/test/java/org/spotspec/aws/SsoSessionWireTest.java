package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/** Signing in with an IAM Identity Center profile over HTTP: from the AWS CLI's cached login, or saying how to log in. */
class SsoSessionWireTest {
    @TempDir
    Path home;

    private AwsStub aws;
    private AwsClientFactory clients;
    private SessionService service;

    @BeforeEach
    void setUp() throws IOException {
        aws = new AwsStub();
        Files.createDirectories(home.resolve(".aws"));
        var env = TestAws.emptyEnvironment(home);
        clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(), Clock.systemUTC());
        service = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    @Test
    void anSsoProfileWithoutACachedLoginSaysHowToLogInAndSendsNothing() throws IOException {
        ssoConfig();
        var problem = signInProblem(ssoRequest());

        assertThat(problem.code()).isEqualTo("SsoTokenMissing");
        assertThat(problem.meaning()).contains("https://corp.awsapps.com/start", "AWS CLI's cache");
        assertThat(problem.nextStep()).contains("spotspec sso login --profile work", "aws sso login --profile work");
        assertThat(aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void anSsoProfileSignsInWithTheCachedTokensRoleCredentials() throws IOException {
        ssoConfig();
        var cache = SsoTokenCache.inHome(home).file("corp");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, org.spotspec.testing.SsoStub.cacheJson("https://corp.awsapps.com/start",
                java.time.Instant.now().plusSeconds(3600)));
        new org.spotspec.testing.SsoStub(aws).givesRoleCredentials(java.time.Instant.now().plusSeconds(3600));
        aws.callerIdentity();

        try (var session = service.signIn(ssoRequest())) {
            assertThat(SourceLabels.label(session))
                    .isEqualTo("SSO https://corp.awsapps.com/start · 123456789012 · SpotAdmin");
            assertThat(session.isRenewable()).as("by refreshing or logging in again").isTrue();
            assertThat(session.expiresAt()).as("the login's end").hasValueSatisfying(end ->
                    assertThat(end).isAfter(java.time.Instant.now().plusSeconds(3500)));
        }
        assertThat(aws.requests("GetCallerIdentity").get(0).getHeader("Authorization"))
                .contains("Credential=" + org.spotspec.testing.SsoStub.ROLE_KEY_ID + "/");
    }

    @Test
    void aProfileWithoutAccountAndRoleSignsInAsTheRoleChosen() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile pick]\nsso_session = corp\n"
                + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n");
        cachedLogin();
        aws.callerIdentity();

        var unchosen = signInProblem(ssoRequest("pick"));
        assertThat(unchosen.code()).isEqualTo("SsoRoleNotChosen");
        try (var session = service.signIn(ssoRequest("pick").withSsoRole(new SsoRole("123456789012", "SpotAdmin")))) {
            assertThat(SourceLabels.label(session)).endsWith("· 123456789012 · SpotAdmin");
        }
        var call = aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl()
                .startsWith("/federation/credentials")).findFirst().orElseThrow().getRequest();
        assertThat(call.queryParameter("account_id").firstValue()).isEqualTo("123456789012");
        assertThat(call.queryParameter("role_name").firstValue()).isEqualTo("SpotAdmin");
    }

    @Test
    void aRoleWhoseSourceProfileIsAnSsoProfileIsAssumedWithItsRoleCredentialsAndTheMfaCode() throws IOException {
        ssoConfig();
        Files.writeString(home.resolve(".aws/config"), "[profile spot]\nrole_arn = "
                + org.spotspec.testing.RoleStub.ROLE_ARN + "\nsource_profile = work\nmfa_serial = " + AwsStub.MFA_SERIAL
                + "\n", java.nio.file.StandardOpenOption.APPEND);
        cachedLogin();
        var roles = new org.spotspec.testing.RoleStub(aws);
        roles.assumesSpotAdmin(java.time.Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        aws.callerIdentity();
        var mfa = Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of("123456"), 3600));

        try (var session = service.signIn(new SignInRequest(new CredentialSource.NamedProfile("spot"), Region.EU_WEST_1,
                mfa, new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri()))))) {
            assertThat(session.assumedRole()).isPresent();
            assertThat(session.expiresAt()).isPresent();
        }
        var assume = roles.requests().get(0);
        assertThat(org.spotspec.testing.RoleStub.signedBy(assume)).isEqualTo(org.spotspec.testing.SsoStub.ROLE_KEY_ID);
        assertThat(org.spotspec.testing.RoleStub.form(assume)).containsEntry("TokenCode", "123456")
                .containsEntry("SerialNumber", AwsStub.MFA_SERIAL);
    }

    private void cachedLogin() throws IOException {
        var cache = SsoTokenCache.inHome(home).file("corp");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, org.spotspec.testing.SsoStub.cacheJson("https://corp.awsapps.com/start",
                java.time.Instant.now().plusSeconds(3600)));
        new org.spotspec.testing.SsoStub(aws).givesRoleCredentials(java.time.Instant.now().plusSeconds(3600));
    }

    private void ssoConfig() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile work]\nsso_session = corp\n"
                + "sso_account_id = 123456789012\nsso_role_name = SpotAdmin\nregion = eu-west-1\n"
                + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n");
    }

    private SignInRequest ssoRequest() {
        return ssoRequest("work");
    }

    private SignInRequest ssoRequest(String profile) {
        return new SignInRequest(new CredentialSource.NamedProfile(profile), Region.EU_WEST_1,
                Optional.empty(), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
    }

    private AwsProblem signInProblem(SignInRequest request) {
        var failure = catchThrowable(() -> service.signIn(request).close());
        assertThat(failure).as("sign-in should fail").isNotNull();
        return ErrorTranslator.translate("Sign in", failure);
    }
}
