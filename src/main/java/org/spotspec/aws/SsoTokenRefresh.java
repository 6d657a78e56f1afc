package org.spotspec.aws;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Renews an ended IAM Identity Center token with its refresh token (CreateToken, grant type
 * {@code refresh_token}), as the AWS CLI and SDKs do for sso-session logins: no browser, nothing
 * asked. Empty when the token cannot be refreshed (legacy login, client registration ended, or
 * refused): the user then logs in again.
 */
final class SsoTokenRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(SsoTokenRefresh.class);
    static final String REFRESH_GRANT = "refresh_token";

    private final AwsClientFactory clients;
    private final SsoEndpoints endpoints;
    private final Clock clock;

    SsoTokenRefresh(AwsClientFactory clients, SsoEndpoints endpoints, Clock clock) {
        this.clients = clients;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    Optional<SsoToken> refresh(SsoProfile profile, SsoToken ended) {
        if (ended.client().isEmpty() || ended.refreshToken().isEmpty()
                || !clock.instant().isBefore(ended.client().get().expiresAt())) {
            return Optional.empty();
        }
        var client = ended.client().get();
        try (var oidc = clients.ssoOidc(profile.region(), endpoints.oidc())) {
            var answer = oidc.createToken(b -> b.clientId(client.clientId()).clientSecret(client.clientSecret())
                    .grantType(REFRESH_GRANT).refreshToken(ended.refreshToken().get()));
            var expiresAt = clock.instant().plusSeconds(answer.expiresIn() == null ? 3600 : answer.expiresIn());
            LOG.info("Refreshed the IAM Identity Center login for {} until {}", profile.startUrl(), expiresAt);
            return Optional.of(new SsoToken(profile.startUrl(), profile.region().id(), answer.accessToken(), expiresAt,
                    ended.client(), Optional.ofNullable(answer.refreshToken()).or(ended::refreshToken)));
        } catch (AwsServiceException e) {
            // invalid_grant, expired_token...: only a new login helps. The code names no secret.
            LOG.info("IAM Identity Center did not refresh the login for {} ({}): a new login is needed",
                    profile.startUrl(), e.awsErrorDetails() == null ? e.statusCode() : e.awsErrorDetails().errorCode());
            return Optional.empty();
        }
    }
}
