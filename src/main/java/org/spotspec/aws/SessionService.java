package org.spotspec.aws;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Signs in: resolves the chosen credentials, optionally upgrades them to an MFA session with
 * STS GetSessionToken, and asks GetCallerIdentity who they are. Blocking; call it from a
 * background task. No JavaFX here, so the command line can use it too.
 *
 * <p>The MFA code is used for exactly one GetSessionToken call. There is deliberately no
 * auto-refreshing provider: a TOTP code cannot be reused, so renewal always asks for a new one.
 */
public final class SessionService {
    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

    private final AwsClientFactory clients;
    private final LongTermCredentials longTerm;
    private final Supplier<ProfileCatalog> profiles;
    private final RoleAssumer roles;
    private final Environment environment;
    private final SsoLogins ssoLogins;

    /** For the command line: IAM Identity Center logins come from the AWS CLI's cache. */
    public SessionService(AwsClientFactory clients, Environment environment, Supplier<ProfileCatalog> profiles) {
        this(clients, environment, profiles, new SsoLogins());
    }

    /** @param ssoLogins IAM Identity Center logins made in this run (the app's device flow) */
    public SessionService(AwsClientFactory clients, Environment environment, Supplier<ProfileCatalog> profiles,
                          SsoLogins ssoLogins) {
        this.ssoLogins = ssoLogins;
        this.clients = clients;
        this.longTerm = new LongTermCredentials(environment, profiles);
        this.profiles = profiles;
        this.environment = environment;
        this.roles = new RoleAssumer(clients, java.time.Clock.systemUTC(), System.getProperty("user.name", ""));
    }

    public AwsSession signIn(SignInRequest request) {
        LOG.info("Signing in with {} in {}{}", request.source().label(), request.region().id(),
                request.mfa().isPresent() ? " with an MFA session" : "");
        // Only a profile needs the files read (typed keys and the environment do not).
        var catalog = request.source() instanceof CredentialSource.NamedProfile ? profiles.get() : null;
        var sso = catalog == null ? Optional.<SsoCredentials>empty()
                : SsoSignIn.provider(request, catalog, environment, clients, ssoLogins, java.time.Clock.systemUTC());
        var base = sso.isPresent() ? sso.get() : longTerm.providerFor(request.source());
        var chain = request.source() instanceof CredentialSource.NamedProfile p
                ? RoleChain.of(catalog.profileFile(), p.name()) : Optional.<RoleChain>empty();
        if (request.role().isPresent()) {
            chain = Optional.of(request.role().get().after(request.source(), chain));
        }
        if (chain.isPresent()) {
            return openRole(request, base, chain.get()); // AssumeRole takes a code with temporary credentials too
        }
        MfaChecks.requireLongTermKeys(request, base);
        return open(request, base);
    }

    /**
     * A new MFA session for the same source and device, with a fresh one-time code; for an assumed
     * role, the same roles assumed again with the code.
     */
    public AwsSession renew(AwsSession expired, Secret freshCode) {
        var old = expired.request();
        if (expired.assumedRole().isPresent() && old.mfa().isEmpty()) {
            throw new IllegalStateException("this role took no MFA code: renewWithoutCode");
        }
        var mfa = old.mfa().orElseThrow(() -> new IllegalStateException("not an MFA session"));
        var request = old.with(old.region(),
                Optional.of(new MfaRequest(mfa.serialNumber(), freshCode, mfa.durationSeconds())));
        LOG.info("Renewing the MFA session of {}", old.source().label());
        if (expired.assumedRole().isPresent()) {
            return openRole(request, expired.longTermCredentials(), expired.assumedRole().get().chain());
        }
        return open(request, expired.longTermCredentials());
    }

    /**
     * An IAM Identity Center session whose login ended, once a login is at hand again (logged in
     * anew, or refreshed): the same credentials, lasting as long as the new login.
     */
    public AwsSession renewSso(AwsSession expired) {
        if (!(expired.longTermCredentials() instanceof SsoCredentials sso) || expired.assumedRole().isPresent()) {
            throw new IllegalStateException("not an IAM Identity Center session");
        }
        var end = sso.renewLogin();
        LOG.info("IAM Identity Center session of {} goes on until {}", sso.profile().profile(), end);
        return AwsSession.withKnownIdentity(expired.request(), sso, Optional.of(end), expired.identity(), clients);
    }

    /** An assumed role that took no MFA code, assumed again: nothing to ask the user. */
    public AwsSession renewWithoutCode(AwsSession expired) {
        var role = expired.assumedRole().filter(r -> !expired.isMfaSession())
                .orElseThrow(() -> new IllegalStateException("renewal needs an MFA code"));
        LOG.info("Assuming {} again", role.chain().target().roleArn());
        return openRole(expired.request(), expired.longTermCredentials(), role.chain());
    }

    private AwsSession openRole(SignInRequest request, AwsCredentialsProvider base, RoleChain chain) {
        var assumed = roles.assume(base, chain, request.mfa(), request.region(), request.endpoints());
        CallerIdentity identity;
        try (var sts = clients.sts(assumed.credentials(), request.region(), request.endpoints())) {
            identity = whoAmI(sts);
        }
        var role = assumedRole(request, chain, assumed.assumedRoleArn());
        return new AwsSession(request, base, assumed.credentials(), Optional.ofNullable(assumed.expiresAt()),
                identity, Optional.of(role), clients);
    }

    private static AssumedRole assumedRole(SignInRequest request, RoleChain chain, String arn) {
        var profile = request.source() instanceof CredentialSource.NamedProfile p ? p.name() : "";
        boolean mfa = request.mfa().isPresent();
        // A typed role's chain may start at typed keys, which RoleChain's base cannot name.
        return request.role().isPresent() && chain.hops().size() == 1
                ? new AssumedRole(chain, profile, arn, mfa, request.source().label())
                : new AssumedRole(chain, profile, arn, mfa);
    }

    /** GetCallerIdentity with the session's credentials. */
    public CallerIdentity whoAmI(AwsSession session) {
        return whoAmI(session.sts());
    }

    /**
     * Checks that EC2 accepts these credentials and the SpotSpec policy, with a dry run of a call
     * the policy allows (DescribeSpotPriceHistory): nothing is fetched, and a bad key, a missing
     * permission or a missing MFA session shows at once. EC2 answers a permitted dry run with
     * the error {@code DryRunOperation}, which here means success.
     */
    public void checkEc2Access(AwsSession session) {
        try {
            session.ec2().describeSpotPriceHistory(b -> b.dryRun(true));
        } catch (AwsServiceException e) {
            var code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (!"DryRunOperation".equals(code)) {
                throw e;
            }
        }
    }

    private AwsSession open(SignInRequest request, AwsCredentialsProvider base) {
        AwsCredentialsProvider callCredentials = base;
        // An IAM Identity Center session lasts as long as its login: role credentials are fetched again until then.
        Optional<java.time.Instant> expiresAt = base instanceof SsoCredentials sso ? sso.loginEndsAt() : Optional.empty();
        if (request.mfa().isPresent()) {
            var temporary = getSessionToken(base, request);
            callCredentials = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    temporary.accessKeyId(), temporary.secretAccessKey(), temporary.sessionToken()));
            expiresAt = Optional.ofNullable(temporary.expiration());
        }
        CallerIdentity identity;
        try (var sts = clients.sts(callCredentials, request.region(), request.endpoints())) {
            identity = whoAmI(sts);
        }
        return new AwsSession(request, base, callCredentials, expiresAt, identity, clients);
    }

    private Credentials getSessionToken(AwsCredentialsProvider base, SignInRequest request) {
        var mfa = request.mfa().orElseThrow();
        try (var sts = clients.sts(base, request.region(), request.endpoints())) {
            return sts.getSessionToken(b -> b.serialNumber(mfa.serialNumber().trim())
                    .tokenCode(mfa.tokenCode().reveal())
                    .durationSeconds(mfa.durationSeconds())).credentials();
        }
    }

    private static CallerIdentity whoAmI(StsClient sts) {
        var answer = sts.getCallerIdentity();
        return new CallerIdentity(answer.account(), answer.arn(), answer.userId());
    }
}
