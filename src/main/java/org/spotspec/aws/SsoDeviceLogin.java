package org.spotspec.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;

/**
 * IAM Identity Center's device authorization: RegisterClient (a public client named
 * {@code spotspec}), StartDeviceAuthorization for the start URL, the URL and code shown to the user,
 * then CreateToken polled every {@code interval} seconds (five more after each SlowDown) until the
 * user approves, refuses, or the code expires. Blocking; the token is returned, never logged.
 */
public final class SsoDeviceLogin {
    private static final Logger LOG = LoggerFactory.getLogger(SsoDeviceLogin.class);
    static final String CLIENT_NAME = "spotspec";
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    /** Waits between polls; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the user must see: the page to open (with the code in it), the bare page and the code. */
    public record Authorization(String verificationUriComplete, String verificationUri, String userCode,
                                Duration expiresIn) {
    }

    @FunctionalInterface
    public interface Prompt {
        void show(Authorization authorization);
    }

    private final AwsClientFactory clients;
    private final SsoEndpoints endpoints;
    private final Clock clock;
    private final Sleeper sleeper;

    public SsoDeviceLogin(AwsClientFactory clients, SsoEndpoints endpoints, Clock clock, Sleeper sleeper) {
        this.clients = clients;
        this.endpoints = endpoints;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public SsoToken login(SsoProfile profile, Prompt prompt) {
        try (var oidc = clients.ssoOidc(profile.region(), endpoints.oidc())) {
            var client = oidc.registerClient(b -> b.clientName(CLIENT_NAME).clientType("public")
                    .scopes(profile.scopes().isEmpty() ? null : profile.scopes()));
            var registration = new SsoToken.ClientRegistration(client.clientId(), client.clientSecret(),
                    Instant.ofEpochSecond(client.clientSecretExpiresAt() == null ? 0 : client.clientSecretExpiresAt()));
            var device = oidc.startDeviceAuthorization(b -> b.clientId(registration.clientId())
                    .clientSecret(registration.clientSecret()).startUrl(profile.startUrl()));
            var expiresIn = Duration.ofSeconds(device.expiresIn() == null ? 600 : device.expiresIn());
            prompt.show(new Authorization(orElse(device.verificationUriComplete(), device.verificationUri()),
                    device.verificationUri(), device.userCode(), expiresIn));
            var interval = Duration.ofSeconds(device.interval() == null || device.interval() < 1 ? 5 : device.interval());
            var answer = poll(oidc, registration, device.deviceCode(), interval, clock.instant().plus(expiresIn), profile);
            var expiresAt = clock.instant().plusSeconds(answer.expiresIn() == null ? 3600 : answer.expiresIn());
            LOG.info("Logged in to IAM Identity Center {}; the token lasts until {}", profile.startUrl(), expiresAt);
            // The AWS CLI keeps the client registration (to refresh the token) only for sso-session logins.
            return new SsoToken(profile.startUrl(), profile.region().id(), answer.accessToken(), expiresAt,
                    profile.session().isPresent() ? Optional.of(registration) : Optional.empty(),
                    profile.session().isPresent() ? Optional.ofNullable(answer.refreshToken()) : Optional.empty());
        } catch (AwsServiceException e) {
            throw SsoProblems.oidc(e, profile);
        }
    }

    private CreateTokenResponse poll(SsoOidcClient oidc, SsoToken.ClientRegistration client, String deviceCode,
                                     Duration interval, Instant deadline, SsoProfile profile) {
        var wait = interval;
        while (true) {
            pause(wait);
            if (!clock.instant().isBefore(deadline)) {
                throw new AwsProblemException(new AwsProblem("", "SsoDeviceCodeExpired",
                        "The sign-in code expired before it was approved in the browser.",
                        "Run 'spotspec sso login --profile " + profile.profile() + "' again and approve within the "
                                + "time shown.", "", 0, AwsProblem.Kind.EXPIRED_SESSION, ""));
            }
            try {
                return oidc.createToken(b -> b.clientId(client.clientId()).clientSecret(client.clientSecret())
                        .grantType(DEVICE_GRANT).deviceCode(deviceCode));
            } catch (AuthorizationPendingException pending) {
                LOG.debug("Waiting for the user to approve the sign-in");
            } catch (SlowDownException slowDown) {
                wait = wait.plus(SLOW_DOWN);
                LOG.debug("IAM Identity Center asks to poll less often: every {} s", wait.toSeconds());
            }
        }
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsProblemException(AwsProblem.local("SsoLoginCancelled", "The sign-in was cancelled.",
                    "Start it again when you are ready."));
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
