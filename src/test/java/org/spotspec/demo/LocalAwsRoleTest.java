package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import software.amazon.awssdk.regions.Region;

/**
 * The demo endpoint's AssumeRole, driven by SpotSpec's own role sign-in: a role profile with an MFA
 * device signs in with one code and the session is the assumed role; a length beyond the role's
 * hour is refused as STS refuses it.
 */
class LocalAwsRoleTest {
    @TempDir
    Path home;
    private LocalAws aws;
    private AwsClientFactory clients;
    private SessionService sessions;
    private AwsEndpoints endpoints;

    @BeforeEach
    void start() throws Exception {
        aws = new LocalAws();
        var endpoint = URI.create("http://127.0.0.1:" + aws.start(0));
        endpoints = new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/"
                + "spot-admin\nsource_profile = dev\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n");
        Files.writeString(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = AKIALOCALDEMO0000001\n"
                + "aws_secret_access_key = LocalDemoSecret0000000000000000000000000\n");
        var env = new Environment(Map.of(), home);
        clients = new AwsClientFactory(ClientSettings.defaults(), call -> { }, Clock.systemUTC());
        sessions = new SessionService(clients, env, new ProfileDiscovery(env)::discover);
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.stop();
    }

    private SignInRequest admin(String code, int seconds) {
        return new SignInRequest(new CredentialSource.NamedProfile("admin"), Region.EU_WEST_1,
                Optional.of(new MfaRequest("arn:aws:iam::123456789012:mfa/alice", Secret.of(code), seconds)), endpoints);
    }

    @Test
    void aRoleProfileWithAnMfaDeviceSignsInWithOneCodeAsTheRole() {
        try (var session = sessions.signIn(admin("123456", 3600))) {
            assertThat(session.identity().arn()).startsWith("arn:aws:sts::123456789012:assumed-role/spot-admin/");
            assertThat(session.assumedRole()).isPresent();
            assertThat(session.expiresAt()).isPresent();
        }
    }

    @Test
    void aWrongCodeAndALengthBeyondTheRolesHourAreRefusedAsStsRefusesThem() {
        var wrong = ErrorTranslator.translate("Sign in", catchThrowable(() -> sessions.signIn(admin("000000", 3600))));
        var tooLong = ErrorTranslator.translate("Sign in", catchThrowable(() -> sessions.signIn(admin("123456", 7200))));

        assertThat(wrong.code()).isEqualTo("AccessDenied");
        assertThat(tooLong.code()).isEqualTo("ValidationError");
        assertThat(tooLong.details()).contains("1 h");
    }
}
