package org.spotspec.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The role credentials of an IAM Identity Center profile, got with the token the AWS CLI's cache
 * holds (or one kept in memory after a login): GetRoleCredentials for the profile's account and
 * role. Kept until {@link #REFRESH_BEFORE} before they end, then fetched again with the token,
 * nothing asked; when the token itself has ended, the caller is told to log in again.
 *
 * <p>Neither the token nor the role credentials reach a log, an exception or {@link #toString()}.
 */
public final class SsoCredentials implements AwsCredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(SsoCredentials.class);

    /** Fetch the role credentials again this long before they end, so no call meets them expired. */
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private final SsoProfile profile;
    private final SsoTokenCache cache;
    private final SsoPortal portal;
    private final Clock clock;
    /** A token from a login of this run, not shared: used before the cache's. */
    private SsoToken memory;
    private SsoPortal.RoleCredentials current;

    public SsoCredentials(SsoProfile profile, SsoTokenCache cache, SsoPortal portal, Clock clock) {
        this.profile = profile;
        this.cache = cache;
        this.portal = portal;
        this.clock = clock;
    }

    /** Uses {@code token} (from a login of this run) instead of the cache while it is valid. */
    public SsoCredentials withToken(SsoToken token) {
        this.memory = token;
        return this;
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
        var token = token(now);
        current = portal.roleCredentials(profile, token);
        LOG.info("Got role credentials for {} in account {} from IAM Identity Center, until {}",
                profile.roleName().orElse(""), profile.accountId().orElse(""), current.expiresAt());
        return current.credentials();
    }

    /** When the role credentials last fetched end; null before the first. */
    public synchronized Instant expiresAt() {
        return current == null ? null : current.expiresAt();
    }

    /** For people: {@code SSO <start url> · <account> · <role>}. */
    public String label() {
        return "SSO " + profile.startUrl() + " · " + profile.accountId().orElse("?") + " · "
                + profile.roleName().orElse("?");
    }

    private SsoToken token(Instant now) {
        if (memory != null && memory.isValidAt(now)) {
            return memory;
        }
        var cached = cache.read(profile);
        if (cached.isEmpty()) {
            throw SsoProblems.noToken(profile, false);
        }
        if (!cached.get().isValidAt(now)) {
            throw SsoProblems.noToken(profile, true);
        }
        return cached.get();
    }

    @Override
    public String toString() {
        return "SsoCredentials[" + label() + "]";
    }
}
