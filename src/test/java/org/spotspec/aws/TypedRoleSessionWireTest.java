package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
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

/** A role given by its ARN (the form's field, --role-arn), assumed after each source over real HTTP. */
class TypedRoleSessionWireTest {
    private static final String TYPED_KEY = "AKIATYPEDKEY00000001";
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
        roles.assumesSpotAdmin(expiry);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"),
                "[dev]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
        Files.writeString(home.resolve(".aws/config"), String.join("\n",
                "[profile middle]", "role_arn = " + RoleStub.MIDDLE_ROLE_ARN, "source_profile = dev", ""));
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

    private SignInRequest request(CredentialSource source, Optional<MfaRequest> mfa, Optional<String> externalId) {
        return new SignInRequest(source, Region.EU_WEST_1, mfa,
                new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())),
                Optional.of(new RoleRequest(RoleStub.ROLE_ARN, externalId, Optional.of(1800))));
    }

    private static Optional<MfaRequest> mfa(String code) {
        return Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(code), 3600));
    }

    @Test
    void typedKeysThenARoleWithMfaAssumeItSignedWithTheTypedKeyAndTheCode() {
        var keys = new CredentialSource.TypedKeys(TYPED_KEY, Secret.of(SECRET));

        var session = service(Map.of()).signIn(request(keys, mfa(MFA_CODE), Optional.of("spot-ext-1")));

        var call = roles.requests().get(0);
        assertThat(RoleStub.signedBy(call)).isEqualTo(TYPED_KEY);
        assertThat(RoleStub.form(call)).containsEntry("RoleArn", RoleStub.ROLE_ARN)
                .containsEntry("SerialNumber", AwsStub.MFA_SERIAL).containsEntry("TokenCode", MFA_CODE)
                .containsEntry("DurationSeconds", "3600").containsEntry("ExternalId", "spot-ext-1")
                .containsEntry("RoleSessionName", "spotspec-" + System.getProperty("user.name", "").replaceAll(
                        "[^\\w+=,.@-]", ""));
        assertThat(aws.count("GetSessionToken")).isZero();
        assertThat(session.identity().arn()).isEqualTo(RoleStub.ASSUMED_ARN);
        assertThat(session.expiresAt()).contains(expiry);
        assertThat(session.isRenewable()).isTrue();
        assertThat(SourceLabels.label(session)).isEqualTo("role spot-admin (from access key AKIA…0001, MFA)");
        assertThat(session.assumedRole().orElseThrow().credentialsLabel())
                .isEqualTo("assumed role (role ARN, from access key AKIA…0001)");
    }

    @Test
    void renewalAssumesTheTypedRoleAgainWithTheFreshCode() {
        var keys = new CredentialSource.TypedKeys(TYPED_KEY, Secret.of(SECRET));
        var sessions = service(Map.of());
        var first = sessions.signIn(request(keys, mfa(MFA_CODE), Optional.empty()));

        var renewed = sessions.renew(first, Secret.of(FRESH_CODE));

        assertThat(roles.requests()).hasSize(2);
        assertThat(RoleStub.signedBy(roles.requests().get(1))).isEqualTo(TYPED_KEY);
        assertThat(RoleStub.form(roles.requests().get(1))).containsEntry("TokenCode", FRESH_CODE)
                .containsEntry("RoleArn", RoleStub.ROLE_ARN);
        assertThat(SourceLabels.label(renewed)).isEqualTo("role spot-admin (from access key AKIA…0001, MFA)");
    }

    @Test
    void theEnvironmentWithoutMfaAsksTheTypedLengthAndRenewsWithoutACode() {
        var sessions = service(Map.of("AWS_ACCESS_KEY_ID", KEY_ID, "AWS_SECRET_ACCESS_KEY", SECRET));
        var first = sessions.signIn(request(new CredentialSource.EnvironmentVariables(), Optional.empty(),
                Optional.empty()));

        assertThat(RoleStub.form(roles.requests().get(0))).containsEntry("DurationSeconds", "1800")
                .doesNotContainKey("TokenCode").doesNotContainKey("ExternalId");
        assertThat(SourceLabels.label(first)).isEqualTo("role spot-admin (from environment)");
        sessions.renewWithoutCode(first);
        assertThat(roles.requests()).hasSize(2);
    }

    @Test
    void anAccessKeyProfileStartsTheChainAndARoleProfileChainsToTheTypedRole() {
        roles.assumes(RoleStub.MIDDLE_ROLE_ARN, RoleStub.MIDDLE_KEY_ID,
                "arn:aws:sts::123456789012:assumed-role/middle/spotspec-alice", expiry);
        var sessions = service(Map.of());

        var fromProfile = sessions.signIn(request(new CredentialSource.NamedProfile("dev"), Optional.empty(),
                Optional.empty()));
        assertThat(RoleStub.signedBy(roles.requests().get(0))).isEqualTo(KEY_ID);
        assertThat(SourceLabels.label(fromProfile)).isEqualTo("role spot-admin (from profile dev)");

        var chained = sessions.signIn(request(new CredentialSource.NamedProfile("middle"), Optional.empty(),
                Optional.empty()));
        var calls = roles.requests();
        assertThat(RoleStub.form(calls.get(1))).containsEntry("RoleArn", RoleStub.MIDDLE_ROLE_ARN);
        assertThat(RoleStub.signedBy(calls.get(2))).isEqualTo(RoleStub.MIDDLE_KEY_ID);
        assertThat(RoleStub.form(calls.get(2))).containsEntry("RoleArn", RoleStub.ROLE_ARN);
        assertThat(chained.assumedRole().orElseThrow().chain().hops()).hasSize(2);
        assertThat(SourceLabels.label(chained)).isEqualTo("role spot-admin (from profile dev)");
    }
}
