package org.spotspec.aws;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps of an IAM Identity Center sign-in the app walks the user through before
 * {@link SessionService#signIn}: is a login at hand, log in with the device flow (kept in this run's
 * memory; written to the AWS CLI's cache only when the user shares it), and the accounts and roles
 * to choose from. Blocking; no JavaFX.
 */
public final class SsoLoginSteps {
    private final AwsClientFactory clients;
    private final Environment environment;
    private final Supplier<ProfileCatalog> profiles;
    private final SsoLogins logins;
    private final Clock clock;

    public SsoLoginSteps(AwsClientFactory clients, Environment environment, Supplier<ProfileCatalog> profiles,
                         SsoLogins logins, Clock clock) {
        this.clients = clients;
        this.environment = environment;
        this.profiles = profiles;
        this.logins = logins;
        this.clock = clock;
    }

    /** The IAM Identity Center profile {@code request} signs in through; empty when none. */
    public Optional<SsoProfile> profileOf(SignInRequest request) {
        if (!(request.source() instanceof CredentialSource.NamedProfile)) {
            return Optional.empty();
        }
        return SsoSignIn.profile(request, profiles.get().profileFile());
    }

    /** Whether a valid login is at hand (this run's, the AWS CLI's, or one refreshed): nothing to ask. */
    public boolean hasLogin(SsoProfile profile, SignInRequest request) {
        return tokens(request).current(profile).isPresent();
    }

    /** Whether a login lasting beyond {@code after} is at hand, refreshed if need be (renewing a session early). */
    public boolean hasLoginBeyond(SsoProfile profile, SignInRequest request, java.time.Instant after) {
        return tokens(request).lastingBeyond(profile, after).isPresent();
    }

    /** The device flow; {@code prompt} shows the page and code. The token is kept in memory for this run. */
    public SsoToken login(SsoProfile profile, SignInRequest request, SsoDeviceLogin.Prompt prompt,
                          SsoDeviceLogin.Sleeper sleeper) {
        var token = new SsoDeviceLogin(clients, endpoints(request), clock, sleeper).login(profile, prompt);
        tokens(request).keep(profile, token, false);
        return token;
    }

    /** Writes a login to the AWS CLI's cache: only when the user chose to share it. */
    public java.nio.file.Path share(SsoProfile profile, SsoToken token) {
        return SsoTokenCache.inHome(environment.home()).share(profile, token);
    }

    public List<SsoPortal.Account> accounts(SsoProfile profile, SignInRequest request) {
        return portal(request).accounts(profile, tokens(request).require(profile));
    }

    public List<String> roles(SsoProfile profile, SignInRequest request, String accountId) {
        return portal(request).roles(profile, tokens(request).require(profile), accountId);
    }

    private SsoTokens tokens(SignInRequest request) {
        return SsoTokens.of(environment, logins, clients, endpoints(request), clock);
    }

    private SsoPortal portal(SignInRequest request) {
        return new SsoPortal(clients, endpoints(request));
    }

    private SsoEndpoints endpoints(SignInRequest request) {
        return SsoEndpoints.of(environment, request.endpoints());
    }
}
