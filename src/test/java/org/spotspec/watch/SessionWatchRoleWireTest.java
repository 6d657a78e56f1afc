package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.RoleRequest;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/** The watcher names a real assumed role's session by its role: the session as signing in makes it. */
class SessionWatchRoleWireTest {
    @TempDir
    Path home;

    private final AwsStub aws = new AwsStub();
    private final AwsClientFactory clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(),
            Clock.systemUTC());
    private final Instant expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    @Test
    void anAssumedRolesSessionIsToldAsTheRoleSessionWithoutAnMfaCodeToRenewIt() {
        new RoleStub(aws).assumesSpotAdmin(expiry);
        var env = new Environment(Map.of("AWS_ACCESS_KEY_ID", TestAws.KEY_ID, "AWS_SECRET_ACCESS_KEY", TestAws.SECRET),
                home);
        var sessions = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());

        try (var session = sessions.signIn(new SignInRequest(new CredentialSource.EnvironmentVariables(),
                Region.EU_WEST_1, Optional.empty(), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())),
                Optional.of(new RoleRequest(RoleStub.ROLE_ARN, Optional.empty(), Optional.of(3600)))))) {
            assertThat(SessionWatch.SessionName.of(session)).isEqualTo(SessionWatch.SessionName.role("spot-admin", false));
            assertThat(new SessionWatch().check(session, expiry)).singleElement().satisfies(e -> assertThat(e.message())
                    .startsWith("The role session (spot-admin) ended at").doesNotContain("MFA"));
        }
    }
}
