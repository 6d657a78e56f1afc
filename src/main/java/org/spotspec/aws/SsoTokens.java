package org.spotspec.aws;

import java.time.Clock;
import java.util.Optional;

/**
 * Where an IAM Identity Center sign-in finds its token, in order: a login of this run (memory), the
 * AWS CLI's cache, then either of them refreshed with its refresh token. A cached token refreshed
 * is written back to its cache file, as the AWS CLI does, so both tools keep using one login; a
 * login kept in memory stays there.
 */
public final class SsoTokens {
    private final SsoTokenCache cache;
    private final SsoLogins memory;
    private final SsoTokenRefresh refresh;
    private final Clock clock;

    SsoTokens(SsoTokenCache cache, SsoLogins memory, SsoTokenRefresh refresh, Clock clock) {
        this.cache = cache;
        this.memory = memory;
        this.refresh = refresh;
        this.clock = clock;
    }

    public static SsoTokens of(Environment environment, SsoLogins memory, AwsClientFactory clients,
                               SsoEndpoints endpoints, Clock clock) {
        return new SsoTokens(SsoTokenCache.inHome(environment.home()), memory,
                new SsoTokenRefresh(clients, endpoints, clock), clock);
    }

    /** A valid token for {@code profile}, or empty when the user must log in (blocking: may call AWS). */
    public synchronized Optional<SsoToken> current(SsoProfile profile) {
        var now = clock.instant();
        var kept = memory.valid(profile, now);
        if (kept.isPresent()) {
            return kept;
        }
        var cached = cache.read(profile);
        if (cached.isPresent() && cached.get().isValidAt(now)) {
            return cached;
        }
        var fromMemory = memory.latest(profile).flatMap(t -> refresh.refresh(profile, t));
        if (fromMemory.isPresent()) {
            memory.keep(profile, fromMemory.get());
            return fromMemory;
        }
        var fromCache = cached.flatMap(t -> refresh.refresh(profile, t));
        fromCache.ifPresent(t -> cache.share(profile, t));
        return fromCache;
    }

    /**
     * A login lasting beyond {@code after} (the end of the one a session uses): one at hand, else
     * the latest refreshed now, before it ends (Renew pressed early); empty when the user must log in.
     */
    public synchronized Optional<SsoToken> lastingBeyond(SsoProfile profile, java.time.Instant after) {
        var now = current(profile).filter(t -> t.expiresAt().isAfter(after));
        if (now.isPresent()) {
            return now;
        }
        var inMemory = memory.latest(profile);
        var refreshed = inMemory.or(() -> cache.read(profile)).flatMap(t -> refresh.refresh(profile, t));
        refreshed.ifPresent(t -> {
            memory.keep(profile, t);
            if (inMemory.isEmpty()) {
                cache.share(profile, t);
            }
        });
        return refreshed.filter(t -> t.expiresAt().isAfter(after));
    }

    /** A valid token, else the problem that says to log in (again). */
    public SsoToken require(SsoProfile profile) {
        return current(profile).orElseThrow(() -> SsoProblems.noToken(profile,
                memory.latest(profile).isPresent() || cache.read(profile).isPresent()));
    }

    /** Keeps a new login for this run; and in the AWS CLI's cache too when the user chose to share it. */
    public void keep(SsoProfile profile, SsoToken token, boolean share) {
        memory.keep(profile, token);
        if (share) {
            cache.share(profile, token);
        }
    }

    /** When the token in use ends (a login after that is needed); empty when there is none. */
    public Optional<java.time.Instant> endOf(SsoProfile profile) {
        var now = clock.instant();
        return memory.valid(profile, now).or(() -> cache.valid(profile, now)).map(SsoToken::expiresAt);
    }
}
