package org.spotspec.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The role credentials of an IAM Identity Center profile, got with the token {@link SsoTokens}
 * finds (a login of this run, the AWS CLI's cache, or either refreshed): GetRoleCredentials for the
 * profile's account and role. Kept until {@link #REFRESH_BEFORE} before they end, then fetched
 * again with the token, nothing asked; when the login itself has ended, the caller is told to log in again.
 *
 * <p>Neither the token nor the role credentials reach a log, an exception or {@link #toString()}.
 */
public final class SsoCredentials implements AwsCredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(SsoCredentials.class);

    /** Fetch the role credentials again this long before they end, so no call meets them expired. */
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private final SsoProfile profile;
    private final SsoTokens tokens;
    private final SsoPortal portal;
    private final Clock clock;
    private SsoPortal.RoleCredentials current;

    public SsoCredentials(SsoProfile profile, SsoTokens tokens, SsoPortal portal, Clock clock) {
        this.profile = profile;
        this.tokens = tokens;
        this.portal = portal;
        this.clock = clock;
    }

    public SsoProfile profile() {
        return profile;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        var now = clock.instant();
        if (current != null && now.isBefore(current.expiresAt().minus(REFRESH_BEFORE))) {
            return current.credentials();
        }
        current = portal.roleCredentials(profile, tokens.require(profile));
        LOG.info("Got role credentials for {} in account {} from IAM Identity Center, until {}",
                profile.roleName().orElse(""), profile.accountId().orElse(""), current.expiresAt());
        return current.credentials();
    }

    /** When the role credentials last fetched end; null before the first. */
    public synchronized Instant expiresAt() {
        return current == null ? null : current.expiresAt();
    }

    /**
     * When the IAM Identity Center login ends: until then role credentials are fetched again
     * quietly; after it, the user logs in again. Empty when no valid login is at hand.
     */
    public java.util.Optional<Instant> loginEndsAt() {
        return tokens.endOf(profile);
    }

    /**
     * Makes sure a login is at hand again (this run's, the AWS CLI's, or one refreshed) after the
     * last one ended, and says until when it lasts; the problem that says to log in when there is none.
     */
    public Instant renewLogin() {
        return tokens.require(profile).expiresAt();
    }

    /** For people: {@code SSO <start url> · <account> · <role>}. */
    public String label() {
        return "SSO " + profile.startUrl() + " · " + profile.accountId().orElse("?") + " · "
                + profile.roleName().orElse("?");
    }

    @Override
    public String toString() {
        return "SsoCredentials[" + label() + "]";
    }
}
