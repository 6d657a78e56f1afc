package org.spotspec.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * An IAM Identity Center access token with what the AWS CLI keeps beside it. Secrets inside:
 * {@link #toString()} names none.
 *
 * @param region the sso_region the token belongs to
 */
public record SsoToken(String startUrl, String region, String accessToken, Instant expiresAt,
                       Optional<ClientRegistration> client, Optional<String> refreshToken) {

    /** The OIDC client the token was made with (the CLI caches it to refresh the token). */
    public record ClientRegistration(String clientId, String clientSecret, Instant expiresAt) {
        @Override
        public String toString() {
            return "ClientRegistration[expires " + expiresAt + "]";
        }
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "SsoToken[" + startUrl + ", expires " + expiresAt + "]";
    }
}
