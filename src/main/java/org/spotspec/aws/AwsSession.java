package org.spotspec.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A signed-in session: the credentials every call uses (MFA session credentials when the user
 * upgraded, the source's own otherwise), who they belong to, and the clients built on them.
 * The long-term credentials stay in memory here so that an expired MFA session can be renewed
 * with a fresh code; they are never written anywhere.
 *
 * <p>EC2 clients for other regions share the credentials and endpoint overrides; they are made on
 * first use and kept until {@link #close()}.
 */
public final class AwsSession implements AutoCloseable {
    private final SignInRequest request;
    private final AwsCredentialsProvider longTerm;
    private final AwsCredentialsProvider credentials;
    private final Optional<Instant> expiresAt;
    private final CallerIdentity identity;
    private final Optional<AssumedRole> assumedRole;
    private final AwsClientFactory clients;
    /** Made on first use: a session switched to another region may never need STS there. */
    private StsClient sts;
    private final Map<Region, Ec2Client> ec2 = new ConcurrentHashMap<>();
    private volatile boolean closed;

    AwsSession(SignInRequest request, AwsCredentialsProvider longTerm, AwsCredentialsProvider credentials,
               Optional<Instant> expiresAt, CallerIdentity identity, AwsClientFactory clients) {
        this(request, longTerm, credentials, expiresAt, identity, Optional.empty(), clients);
    }

    AwsSession(SignInRequest request, AwsCredentialsProvider longTerm, AwsCredentialsProvider credentials,
               Optional<Instant> expiresAt, CallerIdentity identity, Optional<AssumedRole> assumedRole,
               AwsClientFactory clients) {
        this.request = request;
        this.assumedRole = assumedRole;
        this.longTerm = longTerm;
        this.credentials = credentials;
        this.expiresAt = expiresAt;
        this.identity = identity;
        this.clients = clients;
        ec2(request.region());
    }

    /**
     * The same session in {@code region}: the same credentials, expiry and identity (session
     * credentials from GetSessionToken are not tied to a region), nothing asked of STS. Its clients
     * are its own, so closing this session (as replacing it does) leaves the new one working; a
     * renewal of the new session renews in {@code region}.
     */
    public AwsSession inRegion(Region region) {
        if (closed) {
            throw new IllegalStateException("session closed");
        }
        var moved = request.with(region, request.mfa());
        return new AwsSession(moved, longTerm, credentials, expiresAt, identity, assumedRole, clients);
    }

    /**
     * A session for credentials whose owner is already known, built without asking STS: for tests
     * that need "a signed-in session" but no sign-in. Nothing is called. The credentials also
     * stand in as the long-term ones, which only an MFA renewal would use.
     *
     * @param expiresAt when the MFA session ends; empty for credentials used as they are
     */
    public static AwsSession withKnownIdentity(SignInRequest request, AwsCredentialsProvider credentials,
                                               Optional<Instant> expiresAt, CallerIdentity identity,
                                               AwsClientFactory clients) {
        return new AwsSession(request, credentials, credentials, expiresAt, identity, clients);
    }

    public CredentialSource source() {
        return request.source();
    }

    public Region region() {
        return request.region();
    }

    public AwsEndpoints endpoints() {
        return request.endpoints();
    }

    public CallerIdentity identity() {
        return identity;
    }

    /** When the MFA session credentials expire; empty for credentials used as they are. */
    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    /** An MFA code went into this session (GetSessionToken, or AssumeRole with SerialNumber/TokenCode). */
    public boolean isMfaSession() {
        return request.mfa().isPresent();
    }

    /** The role this session assumed; empty for a source's credentials or an MFA session of them. */
    public Optional<AssumedRole> assumedRole() {
        return assumedRole;
    }

    /**
     * Whether SpotSpec can renew this session when it ends: an MFA session (with a fresh code), an
     * assumed role (assumed again, with a fresh code if it took one), or an IAM Identity Center
     * session (its login refreshed, or made again in the browser).
     */
    public boolean isRenewable() {
        return isMfaSession() || assumedRole.isPresent() || longTerm instanceof SsoCredentials;
    }

    /** What signed in, for people: the assumed role with its source, else the source's label. */
    public String credentialsSummary() {
        return assumedRole.map(AssumedRole::summary).orElseGet(() -> request.source().label());
    }

    public Optional<String> mfaSerial() {
        return request.mfa().map(MfaRequest::serialNumber);
    }

    public int mfaDurationSeconds() {
        return request.mfa().map(MfaRequest::durationSeconds).orElse(MfaRequest.MIN_DURATION);
    }

    public boolean isExpired(Instant now) {
        return expiresAt.map(e -> !now.isBefore(e)).orElse(false);
    }

    public Optional<Duration> remaining(Instant now) {
        return expiresAt.map(e -> Duration.between(now, e).isNegative() ? Duration.ZERO : Duration.between(now, e));
    }

    /** STS client of the session's region signed with this session's credentials, made on first use. */
    public synchronized StsClient sts() {
        if (closed) {
            throw new IllegalStateException("session closed");
        }
        if (sts == null) {
            sts = clients.sts(credentials, request.region(), request.endpoints());
        }
        return sts;
    }

    /** EC2 client of the session's region, signed with this session's credentials. */
    public Ec2Client ec2() {
        return ec2(request.region());
    }

    /**
     * EC2 client of {@code region} with this session's credentials and endpoint overrides, made on
     * first use and shared afterwards (SDK clients are thread-safe).
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public Ec2Client ec2(Region region) {
        if (closed) {
            throw new IllegalStateException("session closed");
        }
        return ec2.computeIfAbsent(region, r -> clients.ec2(credentials, r, request.endpoints()));
    }

    SignInRequest request() {
        return request;
    }

    /**
     * The IAM Identity Center profile and the sign-in it came from, for logging in again; empty for
     * other sessions (and a role assumed from an SSO profile, which is assumed again instead).
     */
    public Optional<SsoLogin> ssoLogin() {
        return longTerm instanceof SsoCredentials sso && assumedRole.isEmpty()
                ? Optional.of(new SsoLogin(sso.profile(), request)) : Optional.empty();
    }

    /**
     * The IAM Identity Center login behind a role assumed from an SSO profile: when it ends, the
     * role cannot be assumed again until the user logs in again. Empty for other sessions.
     */
    public Optional<SsoLogin> ssoSourceLogin() {
        return longTerm instanceof SsoCredentials sso && assumedRole.isPresent()
                ? Optional.of(new SsoLogin(sso.profile(), request)) : Optional.empty();
    }

    /** What logging in again to an IAM Identity Center session needs. */
    public record SsoLogin(SsoProfile profile, SignInRequest request) {
    }

    AwsCredentialsProvider longTermCredentials() {
        return longTerm;
    }

    AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (sts != null) {
            sts.close();
        }
        ec2.values().forEach(Ec2Client::close);
        ec2.clear();
    }

    @Override
    public String toString() {
        return "AwsSession[" + request.source().label() + ", " + request.region().id() + ", "
                + identity.arn() + expiresAt.map(e -> ", expires " + e).orElse("") + "]";
    }
}
