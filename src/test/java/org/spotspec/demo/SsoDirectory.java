package org.spotspec.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The accounts and roles {@link LocalSso}'s one user ({@value #USER}) is assigned, listed a page at
 * a time, and the role credentials of an assignment: real session credentials of {@link LocalSts},
 * so GetCallerIdentity names the role as it names an IAM Identity Center role session.
 */
final class SsoDirectory {
    static final String USER = "spot-user";
    static final Duration ROLE_LIFETIME = Duration.ofHours(1);
    /**
     * Without max_result a page holds one entry, so that a trial goes through the app's paging,
     * which a real portal with many accounts needs; the SDK's default asks for no maximum.
     */
    static final int DEFAULT_PAGE = 1;
    /** The suffix IAM Identity Center gives the roles it makes in each account: fixed here. */
    static final String ROLE_SUFFIX = "_0123456789abcdef";

    record Account(String id, String name, String email, List<String> roles) {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    record RoleCredentials(LocalSts.Issued issued, Instant expiration) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("111122223333", "Sandbox", "sandbox@example.com", List.of("SpotAdmin", "ReadOnly")),
            new Account("444455556666", "Production", "production@example.com", List.of("SpotAdmin")));

    private final LocalSts sts;
    private final Clock clock;

    SsoDirectory(LocalSts sts, Clock clock) {
        this.sts = sts;
        this.clock = clock;
    }

    Page<Account> accounts(String maxResult, String nextToken) {
        return page(ACCOUNTS, maxResult, nextToken);
    }

    Page<String> roles(String accountId, String maxResult, String nextToken) {
        return page(account(accountId).roles(), maxResult, nextToken);
    }

    RoleCredentials roleCredentials(String accountId, String roleName) {
        if (!account(accountId).roles().contains(roleName)) {
            throw notFound("No access");
        }
        var arn = "arn:aws:sts::" + accountId + ":assumed-role/AWSReservedSSO_" + roleName + ROLE_SUFFIX + "/" + USER;
        return new RoleCredentials(sts.issue(arn), clock.instant().plus(ROLE_LIFETIME));
    }

    private static Account account(String accountId) {
        return ACCOUNTS.stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElseThrow(() -> notFound("No access"));
    }

    private static <T> Page<T> page(List<T> all, String maxResult, String nextToken) {
        int size = parse(maxResult, DEFAULT_PAGE);
        int from = nextToken == null || nextToken.isEmpty() ? 0 : offset(nextToken);
        if (size < 1 || from > all.size()) {
            throw new LocalAws.Fault(400, "InvalidRequestException", "Invalid max_result or next_token");
        }
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? token(to) : null);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring("offset:".length()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Integer.MAX_VALUE; // refused by page() as any token not made here
        }
    }

    private static int parse(String number, int fallback) {
        try {
            return number == null || number.isEmpty() ? fallback : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalAws.Fault notFound(String message) {
        return new LocalAws.Fault(404, "ResourceNotFoundException", message);
    }
}
