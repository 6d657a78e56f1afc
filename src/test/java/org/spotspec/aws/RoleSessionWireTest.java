package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.TestAws.KEY_ID;
import static org.spotspec.testing.TestAws.MFA_CODE;
import static org.spotspec.testing.TestAws.SECRET;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/** Role profiles assumed by SessionService with the real SDK against a local STS over HTTP. */
class RoleSessionWireTest {
    private static final String FRESH_CODE = "135791";

    @TempDir
    Path home;

    private AwsStub aws;
    private RoleStub roles;
    private AwsClientFactory clients;
    private final List<AwsCallRecord> journal = new ArrayList<>();
    private final Instant expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() throws IOException {
        aws = new AwsStub();
        roles = new RoleStub(aws);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"),
                "[dev]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
        Files.writeString(home.resolve(".aws/config"), String.join("\n",
                "[profile admin]", "role_arn = " + RoleStub.ROLE_ARN, "source_profile = dev", "",
                "[profile admin-mfa]", "role_arn = " + RoleStub.ROLE_ARN, "source_profile = dev",
                "mfa_serial = " + AwsStub.MFA_SERIAL, "duration_seconds = 7200", "external_id = spot-ext-42",
                "role_session_name = alice-at-work", "",
                "[profile middle]", "role_arn = " + RoleStub.MIDDLE_ROLE_ARN, "source_profile = dev",
                "mfa_serial = " + AwsStub.MFA_SERIAL, "",
                "[profile chained]", "role_arn = " + RoleStub.ROLE_ARN, "source_profile = middle",
                "duration_seconds = 7200", "",
                "[profile loop-a]", "role_arn = " + RoleStub.ROLE_ARN, "source_profile = loop-b", "",
                "[profile loop-b]", "role_arn = " + RoleStub.MIDDLE_ROLE_ARN, "source_profile = loop-a", ""));
        clients = new AwsClientFactory(TestAws.fastSettings(), journal::add, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    private SessionService service(Map<String, String> variables) {
        var env = new Environment(variables, home);
        return new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
    }

    private SignInRequest request(String profile, Optional<MfaRequest> mfa) {
        return new SignInRequest(new CredentialSource.NamedProfile(profile), Region.EU_WEST_1, mfa,
                new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
    }

    private static Optional<MfaRequest> mfa(String code, int seconds) {
        return Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(code), seconds));
    }

    @Test
    void assumesTheRoleWithTheSourceProfilesKeysAndUsesTheRoleCredentialsAfterwards() {
        roles.assumesSpotAdmin(expiry);

        try (var session = service(Map.of()).signIn(request("admin", Optional.empty()))) {
            var call = roles.requests().get(0);
            var sent = RoleStub.form(call);
            assertThat(RoleStub.signedBy(call)).isEqualTo(KEY_ID);
            assertThat(sent).containsEntry("RoleArn", RoleStub.ROLE_ARN).containsEntry("DurationSeconds", "3600")
                    .doesNotContainKeys("SerialNumber", "TokenCode", "ExternalId");
            assertThat(sent.get("RoleSessionName")).as("the same at each renewal").matches("spotspec-[\\w+=,.@-]+");
            assertThat(RoleStub.signedBy(aws.requests("GetCallerIdentity").get(0))).isEqualTo(RoleStub.ROLE_KEY_ID);
            assertThat(aws.count("GetSessionToken")).isZero();
            assertThat(session.identity().arn()).isEqualTo(RoleStub.ASSUMED_ARN);
            assertThat(session.expiresAt()).contains(expiry);
            assertThat(session.isMfaSession()).isFalse();
            assertThat(session.isRenewable()).isTrue();
            assertThat(session.credentialsSummary()).isEqualTo("role spot-admin (from profile dev)");
            assertThat(session.assumedRole().orElseThrow().credentialsLabel()).isEqualTo("assumed role (profile admin)");
        }
    }

    @Test
    void sendsTheMfaSerialCodeExternalIdSessionNameAndDuration() {
        roles.assumesSpotAdmin(expiry);

        try (var session = service(Map.of()).signIn(request("admin-mfa", mfa(MFA_CODE, 7200)))) {
            var sent = RoleStub.form(roles.requests().get(0));
            assertThat(sent).containsEntry("SerialNumber", AwsStub.MFA_SERIAL).containsEntry("TokenCode", MFA_CODE)
                    .containsEntry("ExternalId", "spot-ext-42").containsEntry("RoleSessionName", "alice-at-work")
                    .containsEntry("DurationSeconds", "7200");
            assertThat(session.isMfaSession()).isTrue();
            assertThat(session.credentialsSummary()).isEqualTo("role spot-admin (from profile dev, MFA)");
            assertThat(session.toString()).doesNotContain(RoleStub.ROLE_SECRET, RoleStub.ROLE_TOKEN, MFA_CODE);
        }
    }

    @Test
    void aChainAssumesEachHopWithThePreviousCredentialsAndTheCodeGoesToTheHopNamingTheDevice() {
        roles.assumes(RoleStub.MIDDLE_ROLE_ARN, RoleStub.MIDDLE_KEY_ID,
                "arn:aws:sts::123456789012:assumed-role/middle/s", expiry.plusSeconds(600));
        roles.assumesSpotAdmin(expiry);

        try (var session = service(Map.of()).signIn(request("chained", mfa(MFA_CODE, 3600)))) {
            var first = roles.requests().get(0);
            var second = roles.requests().get(1);
            assertThat(RoleStub.form(first)).containsEntry("RoleArn", RoleStub.MIDDLE_ROLE_ARN)
                    .containsEntry("TokenCode", MFA_CODE).containsEntry("SerialNumber", AwsStub.MFA_SERIAL);
            assertThat(RoleStub.signedBy(first)).isEqualTo(KEY_ID);
            assertThat(RoleStub.form(second)).containsEntry("RoleArn", RoleStub.ROLE_ARN)
                    .containsEntry("DurationSeconds", "3600").doesNotContainKeys("TokenCode", "SerialNumber");
            assertThat(RoleStub.signedBy(second)).isEqualTo(RoleStub.MIDDLE_KEY_ID);
            assertThat(session.identity().arn()).isEqualTo(RoleStub.ASSUMED_ARN);
            assertThat(session.expiresAt()).contains(expiry);
            assertThat(session.assumedRole().orElseThrow().chain().isChained()).isTrue();
        }
    }

    @Test
    void aLoopOfSourceProfilesIsRefusedBeforeAnyCall() {
        var thrown = catchThrowable(() -> service(Map.of()).signIn(request("loop-a", Optional.empty())));

        var problem = ErrorTranslator.translate("Sign in", thrown);
        assertThat(problem.code()).isEqualTo("RoleProfileCycle");
        assertThat(problem.meaning()).contains("loop-a", "loop-b");
        assertThat(aws.count("AssumeRole")).isZero();
    }

    @Test
    void credentialSourceEnvironmentSignsTheFirstHopWithTheEnvironmentKeys() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile from-env]\nrole_arn = " + RoleStub.ROLE_ARN
                + "\ncredential_source = Environment\n");
        roles.assumesSpotAdmin(expiry);

        try (var session = service(Map.of("AWS_ACCESS_KEY_ID", TestAws.TYPED_KEY_ID, "AWS_SECRET_ACCESS_KEY", SECRET))
                .signIn(request("from-env", Optional.empty()))) {
            assertThat(RoleStub.signedBy(roles.requests().get(0))).isEqualTo(TestAws.TYPED_KEY_ID);
            assertThat(session.credentialsSummary()).isEqualTo("role spot-admin (from environment)");
        }
    }

    @Test
    void accessDeniedOnAssumeRoleNamesTheTrustPolicyAndTheMissingMfa() {
        aws.stsError("AssumeRole", 403, "AccessDenied", "User: " + AwsStub.ARN
                + " is not authorized to perform: sts:AssumeRole on resource: " + RoleStub.ROLE_ARN);

        var thrown = catchThrowable(() -> service(Map.of()).signIn(request("admin", Optional.empty())));

        var problem = ErrorTranslator.translate("Sign in", thrown);
        assertThat(problem.code()).isEqualTo("AccessDenied");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.PERMISSION);
        assertThat(problem.meaning()).contains("spot-admin", "trust policy", "requires MFA");
        assertThat(problem.nextStep()).contains("mfa_serial");
        assertThat(problem.details()).doesNotContain(SECRET);
    }

    @Test
    void aDurationOverTheRolesMaximumIsExplainedWithTheMaximumToUse() {
        aws.stsError("AssumeRole", 400, "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        var thrown = catchThrowable(() -> service(Map.of()).signIn(request("admin-mfa", mfa(MFA_CODE, 7200))));

        var problem = ErrorTranslator.translate("Sign in", thrown);
        assertThat(RoleErrors.isDurationTooLong(problem)).isTrue();
        assertThat(problem.meaning()).contains("2 h", "spot-admin", "MaxSessionDuration");
        assertThat(problem.nextStep()).contains("1 h");
        assertThat(problem.details()).doesNotContain(MFA_CODE);
    }

    @Test
    void renewalAssumesTheRoleAgainWithTheFreshCode() {
        roles.assumesSpotAdmin(expiry);
        var service = service(Map.of());
        try (var first = service.signIn(request("admin-mfa", mfa(MFA_CODE, 3600)));
             var renewed = service.renew(first, Secret.of(FRESH_CODE))) {
            assertThat(roles.requests()).hasSize(2);
            var again = roles.requests().get(1);
            assertThat(RoleStub.form(again)).containsEntry("TokenCode", FRESH_CODE)
                    .containsEntry("SerialNumber", AwsStub.MFA_SERIAL);
            assertThat(RoleStub.signedBy(again)).isEqualTo(KEY_ID);
            assertThat(renewed.assumedRole()).isPresent();
            assertThat(renewed.isMfaSession()).isTrue();
        }
    }

    @Test
    void aRoleWithoutMfaIsAssumedAgainWithoutACode() {
        roles.assumesSpotAdmin(expiry);
        var service = service(Map.of());
        try (var first = service.signIn(request("admin", Optional.empty()));
             var renewed = service.renewWithoutCode(first)) {
            assertThat(roles.requests()).hasSize(2);
            assertThat(RoleStub.form(roles.requests().get(1))).doesNotContainKey("TokenCode");
            assertThat(renewed.expiresAt()).contains(expiry);
        }
    }

    @Test
    void aProfileNamingAnMfaDeviceNeedsACode() {
        var thrown = catchThrowable(() -> service(Map.of()).signIn(request("admin-mfa", Optional.empty())));

        assertThat(ErrorTranslator.translate("Sign in", thrown).code()).isEqualTo("MfaCodeNeeded");
        assertThat(aws.count("AssumeRole")).isZero();
    }
}
