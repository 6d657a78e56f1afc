package org.spotspec.aws;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM Identity Center logins made in this run and not shared with the AWS CLI: kept in memory only,
 * one per sso-session (or legacy start URL), so every profile of that session uses them. Shared by
 * the sign-in (which logs in) and the session's credentials (which use the token); thread-safe.
 */
public final class SsoLogins {
    private final Map<String, SsoToken> tokens = new ConcurrentHashMap<>();

    /** The last login for {@code profile}'s session, valid or not (an ended one may still refresh). */
    public Optional<SsoToken> latest(SsoProfile profile) {
        return Optional.ofNullable(tokens.get(profile.cacheKey()))
                .filter(t -> t.startUrl().isEmpty() || t.startUrl().equalsIgnoreCase(profile.startUrl()));
    }

    public Optional<SsoToken> valid(SsoProfile profile, Instant now) {
        return latest(profile).filter(t -> t.isValidAt(now));
    }

    public void keep(SsoProfile profile, SsoToken token) {
        tokens.put(profile.cacheKey(), token);
    }

    @Override
    public String toString() {
        return "SsoLogins[" + tokens.size() + "]"; // never the tokens
    }
}
