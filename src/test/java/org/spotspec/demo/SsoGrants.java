package org.spotspec.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link LocalSso}'s OIDC side remembers: registered clients, device codes waiting for the
 * browser, and the access and refresh tokens handed out. Refusals are {@link OidcError}s carrying
 * the OAuth error code IAM Identity Center sends. Nothing here is logged: every value is a secret
 * except the user code.
 */
final class SsoGrants {
    static final Duration CODE_LIFETIME = Duration.ofSeconds(600);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    static final Duration CLIENT_LIFETIME = Duration.ofDays(90);
    /** One second, not AWS's five, so that trials of the sign-in do not drag. */
    static final int POLL_INTERVAL = 1;
    /** Consonants only, as IAM Identity Center's codes: no word, no 0/O or 1/I to misread. */
    private static final String USER_CODE_CHARS = "BCDFGHJKLMNPQRSTVWXZ";

    enum State { PENDING, APPROVED, DENIED, USED }

    /** An OAuth refusal: {@code error} is the code the body carries (authorization_pending...). */
    static final class OidcError extends RuntimeException {
        final int status;
        final String error;

        OidcError(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    record Client(String id, String secret, Instant issuedAt, Instant secretExpiresAt) {
    }

    record Device(String clientId, String deviceCode, String userCode, Instant expiresAt) {
    }

    record Tokens(String accessToken, String refreshToken, Duration expiresIn) {
    }

    private record Refresh(String clientId) {
    }

    private final Clock clock;
    private final boolean autoApprove;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Device> devices = new ConcurrentHashMap<>(); // by device code
    private final Map<String, State> states = new ConcurrentHashMap<>(); // by user code
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    /** @param autoApprove approve each code when it is first polled, for unattended trials */
    SsoGrants(Clock clock, boolean autoApprove) {
        this.clock = clock;
        this.autoApprove = autoApprove;
    }

    Client register(String clientName) {
        if (clientName == null || clientName.isBlank()) {
            throw new OidcError(400, "invalid_request", "clientName is required");
        }
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var client = new Client(randomText(22), "eyJ" + randomText(160), now, now.plus(CLIENT_LIFETIME));
        clients.put(client.id(), client);
        return client;
    }

    Device startDevice(String clientId, String clientSecret, String startUrl) {
        checkClient(clientId, clientSecret);
        if (startUrl == null || startUrl.isBlank()) {
            throw new OidcError(400, "invalid_request", "startUrl is required");
        }
        var device = new Device(clientId, randomText(64), userCode(), clock.instant().plus(CODE_LIFETIME));
        devices.put(device.deviceCode(), device);
        states.put(device.userCode(), State.PENDING);
        return device;
    }

    /** The browser's answer for {@code userCode}; false when no such code waits (unknown, expired, used). */
    boolean decide(String userCode, boolean approve) {
        var device = devices.values().stream().filter(d -> d.userCode().equals(userCode)).findFirst();
        if (device.isEmpty() || expired(device.get()) || states.get(userCode) == State.USED) {
            return false;
        }
        states.put(userCode, approve ? State.APPROVED : State.DENIED);
        return true;
    }

    /** CreateToken with the device code grant: pending until the browser decides. */
    Tokens deviceToken(String clientId, String clientSecret, String deviceCode) {
        checkClient(clientId, clientSecret);
        var device = deviceCode == null ? null : devices.get(deviceCode);
        if (device == null || !device.clientId().equals(clientId) || expired(device)) {
            throw new OidcError(400, "expired_token", "Device code has expired");
        }
        if (autoApprove) {
            states.replace(device.userCode(), State.PENDING, State.APPROVED);
        }
        return switch (states.get(device.userCode())) {
            case PENDING -> throw new OidcError(400, "authorization_pending", "Authorization is still pending");
            case DENIED -> throw new OidcError(400, "access_denied", "The user denied the authorization");
            case USED -> throw new OidcError(400, "invalid_grant", "Device code has already been used");
            case APPROVED -> {
                states.put(device.userCode(), State.USED);
                yield tokens(clientId);
            }
        };
    }

    /** CreateToken with the refresh token grant: a new access token and a new refresh token. */
    Tokens refreshToken(String clientId, String clientSecret, String refreshToken) {
        checkClient(clientId, clientSecret);
        var refresh = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (refresh == null || !refresh.clientId().equals(clientId)) {
            throw new OidcError(400, "invalid_grant", "Invalid refresh token provided");
        }
        refreshTokens.remove(refreshToken);
        return tokens(clientId);
    }

    /** Whether the portal accepts {@code accessToken}: handed out here and not expired or logged out. */
    boolean validAccessToken(String accessToken) {
        var expiresAt = accessToken == null ? null : accessTokens.get(accessToken);
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    /** Logout: the access token is no longer accepted. */
    void revoke(String accessToken) {
        accessTokens.remove(accessToken);
    }

    private Tokens tokens(String clientId) {
        var tokens = new Tokens("aoa" + randomText(200), "aor" + randomText(200), TOKEN_LIFETIME);
        accessTokens.put(tokens.accessToken(), clock.instant().plus(TOKEN_LIFETIME));
        refreshTokens.put(tokens.refreshToken(), new Refresh(clientId));
        return tokens;
    }

    private void checkClient(String clientId, String clientSecret) {
        var client = clientId == null ? null : clients.get(clientId);
        if (client == null || !client.secret().equals(clientSecret)
                || !clock.instant().isBefore(client.secretExpiresAt())) {
            throw new OidcError(401, "invalid_client", "Invalid client");
        }
    }

    private boolean expired(Device device) {
        return !clock.instant().isBefore(device.expiresAt());
    }

    private String userCode() {
        var code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            code.append(i == 4 ? "-" : "").append(USER_CODE_CHARS.charAt(random.nextInt(USER_CODE_CHARS.length())));
        }
        return states.containsKey(code.toString()) ? userCode() : code.toString();
    }

    private String randomText(int length) {
        var bytes = new byte[length];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
    }
}
