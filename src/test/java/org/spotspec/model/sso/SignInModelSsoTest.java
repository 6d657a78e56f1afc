package org.spotspec.model.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.SsoStub;

/**
 * The sign-in form with an IAM Identity Center profile whose cached login IAM Identity Center no
 * longer accepts (signed out, revoked): the app logs in again with the device flow, once, instead
 * of telling the user to run a command.
 */
class SignInModelSsoTest {
    @TempDir
    Path home;
    private SsoModelFixture fx;
    private SignInModel model;
    private final List<AwsSession> signedIn = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new SsoModelFixture(home);
        model = new SignInModel(new SignInForm(), TaskRunner.inline(), fx.sessions, new SessionState(Clock.systemUTC()),
                new ActivityLog(Runnable::run, Clock.systemUTC()), fx.env, () -> new ProfileDiscovery(fx.env).discover(),
                fx.flow);
        model.loadProfiles();
        model.form().sourceProperty().set(SourceKind.PROFILE);
        model.form().profileProperty().set("work");
        model.form().endpointUrlProperty().set(fx.aws.uri().toString());
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        fx.aws.callerIdentity();
    }

    @AfterEach
    void tearDown() {
        signedIn.forEach(AwsSession::close);
        fx.close();
    }

    @Test
    void aRefusedCachedLoginIsMadeAgainInTheBrowserAndTheSignInGoesOn() {
        refusedOnceThenRoleCredentials();
        fx.sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter("authorization_pending");

        model.signIn(signedIn::add);

        assertThat(model.problemProperty().get()).isNull();
        assertThat(signedIn).hasSize(1);
        assertThat(fx.browsed).as("the device flow ran").hasSize(1);
        assertThat(model.signingInProperty().get()).isFalse();
    }

    @Test
    void aLoginRefusedAgainAfterTheDeviceFlowIsExplainedNotRetriedForever() {
        fx.sso.rejectsToken().registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter();

        model.signIn(signedIn::add);

        assertThat(signedIn).isEmpty();
        assertThat(model.problemProperty().get().code()).isEqualTo("SsoTokenRejected");
        assertThat(fx.browsed).as("one new login, not a loop").hasSize(1);
        assertThat(model.signingInProperty().get()).isFalse();
    }

    private void refusedOnceThenRoleCredentials() {
        fx.aws.server().stubFor(get(urlPathEqualTo("/federation/credentials")).inScenario("revoked")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "UnauthorizedException")
                        .withBody("{\"message\":\"Session token not found or invalid\"}"))
                .willSetStateTo("logged-in-again"));
        fx.aws.server().stubFor(get(urlPathEqualTo("/federation/credentials")).inScenario("revoked")
                .whenScenarioStateIs("logged-in-again").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"roleCredentials\":{\"accessKeyId\":\"" + SsoStub.ROLE_KEY_ID
                                + "\",\"secretAccessKey\":\"" + SsoStub.ROLE_SECRET + "\",\"sessionToken\":\""
                                + SsoStub.ROLE_TOKEN + "\",\"expiration\":" + Instant.now().plusSeconds(3600).toEpochMilli()
                                + "}}")));
    }
}
