package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestAws;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.regions.Region;

/**
 * Switching region keeps the MFA session: same credentials, expiry and identity, no STS call; the
 * calls after it, and a renewal, are signed for the new region. Real SDK clients against WireMock,
 * tasks inline, no toolkit.
 */
class RegionSwitchTest {
    private static final Instant EXPIRY = Instant.parse("2030-01-01T13:00:00Z");

    private final AwsStub aws = new AwsStub();
    private final AwsClientFactory clients = new AwsClientFactory(WireSession.SETTINGS, CallJournal.none(),
            Clock.systemUTC());
    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private final List<AwsSession> switched = new ArrayList<>();
    private final SessionState session = new SessionState(clock);
    private Path home;
    private SessionService sessions;
    private AwsCalls calls;
    private RegionSwitch regions;

    @BeforeEach
    void signInWithMfa() throws IOException {
        home = Files.createTempDirectory("spotspec-region");
        aws.signInSucceeds(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, EXPIRY);
        sessions = new SessionService(clients, TestAws.emptyEnvironment(home), () -> {
            throw new AssertionError("typed keys need no profiles");
        });
        session.set(sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys(TestAws.KEY_ID,
                Secret.of(TestAws.SECRET)), Region.EU_WEST_1, Optional.of(new MfaRequest(AwsStub.MFA_SERIAL,
                Secret.of(TestAws.MFA_CODE), 3600)), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())))));
        var log = new ActivityLog(Runnable::run, clock);
        MfaPrompter prompter = prompt -> {
            prompts.add(prompt);
            return Optional.of(Secret.of("654321"));
        };
        calls = new AwsCalls(TaskRunner.inline(), session, sessions, prompter, new StatusState(log), log);
        regions = new RegionSwitch(session, calls, log, AwsRegions::commercial);
        regions.addListener(switched::add);
        aws.server().resetRequests();
    }

    @AfterEach
    void close() throws IOException {
        session.clear();
        clients.close();
        aws.close();
        Files.deleteIfExists(home);
    }

    @Test
    void switchingKeepsCredentialsExpiryAndIdentityAndChangesTheRegion() {
        var before = session.current().orElseThrow();

        var moved = regions.switchTo("us-west-2").orElseThrow();

        assertThat(session.current()).containsSame(moved);
        assertThat(switched).containsExactly(moved);
        assertThat(moved.region()).isEqualTo(Region.US_WEST_2);
        assertThat(moved.identity()).isEqualTo(before.identity());
        assertThat(moved.expiresAt()).isEqualTo(before.expiresAt()).contains(EXPIRY);
        assertThat(moved.isMfaSession()).isTrue();
        assertThat(moved.mfaSerial()).isEqualTo(before.mfaSerial());
        assertThat(moved.source()).isEqualTo(before.source());
        assertThat(session.remainingProperty().get()).isEqualTo(Duration.ofHours(1));
        assertThat(aws.server().getAllServeEvents()).as("no STS call, nothing at all").isEmpty();

        sessions.checkEc2Access(moved);
        var ec2 = aws.requests("DescribeSpotPriceHistory");
        assertThat(ec2).singleElement().satisfies(r -> {
            assertThat(AwsStub.signedRegion(r)).isEqualTo("us-west-2");
            assertThat(r.getHeader("Authorization")).contains(AwsStub.SESSION_KEY_ID);
            assertThat(r.getHeader("X-Amz-Security-Token")).isEqualTo(TestAws.SESSION_TOKEN);
        });
        assertThat(aws.count("GetSessionToken")).isZero();
    }

    @Test
    void theSameRegionOrNoSessionChangesNothing() {
        var before = session.current().orElseThrow();
        assertThat(regions.switchTo("eu-west-1")).isEmpty();
        assertThat(session.current()).containsSame(before);
        session.clear();
        assertThat(regions.switchTo("us-west-2")).isEmpty();
        assertThat(switched).isEmpty();
    }

    @Test
    void aRenewalAfterASwitchRenewsInTheNewRegion() {
        regions.switchTo("ap-southeast-2");
        clock.set(EXPIRY.plusSeconds(1));
        aws.sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, EXPIRY.plus(Duration.ofHours(1)));
        var answered = new ArrayList<Boolean>();

        calls.run("Check EC2 access", s -> {
            sessions.checkEc2Access(s);
            return Boolean.TRUE;
        }, answered::add);

        assertThat(prompts).singleElement().satisfies(p -> assertThat(p.serial()).isEqualTo(AwsStub.MFA_SERIAL));
        assertThat(answered).containsExactly(true);
        var renewal = aws.requests("GetSessionToken");
        assertThat(renewal).singleElement().satisfies(r -> {
            assertThat(AwsStub.signedRegion(r)).isEqualTo("ap-southeast-2");
            assertThat(r.getBodyAsString()).contains("TokenCode=654321");
        });
        var renewed = session.current().orElseThrow();
        assertThat(renewed.region()).isEqualTo(Region.AP_SOUTHEAST_2);
        assertThat(renewed.expiresAt()).contains(EXPIRY.plus(Duration.ofHours(1)));
        assertThat(aws.requests("DescribeSpotPriceHistory")).singleElement()
                .satisfies(r -> assertThat(AwsStub.signedRegion(r)).isEqualTo("ap-southeast-2"));
    }

    @Test
    void theSearchMatchesIdsAndNamesInAnyCase() {
        assertThat(regions.matching("FRANKFURT")).extracting(AwsRegions.Choice::id).containsExactly("eu-central-1");
        assertThat(regions.matching("eu west")).extracting(AwsRegions.Choice::id).contains("eu-west-1", "eu-west-2")
                .doesNotContain("us-west-2");
        assertThat(regions.matching("  ")).hasSameSizeAs(AwsRegions.commercial());
    }
}
