package org.spotspec.aws;

import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Signing in with an IAM Identity Center profile, or with a role whose chain starts at one
 * ({@code source_profile} = an SSO profile): the SSO profile's role credentials, with the login
 * {@link SsoTokens} finds.
 */
final class SsoSignIn {
    private SsoSignIn() {
    }

    /**
     * The IAM Identity Center profile signing in as {@code name} needs: the profile itself, or the
     * base of its role chain; empty when neither is one.
     */
    static Optional<String> ssoProfileName(ProfileFile file, String name) {
        if (SsoProfile.isSso(file, name)) {
            return Optional.of(name);
        }
        return RoleChain.of(file, name).flatMap(RoleChain::baseProfile).filter(base -> SsoProfile.isSso(file, base));
    }

    /**
     * The SSO profile of the request, with the account and role the request chose when the profile
     * names none; empty when the source is no profile or involves no SSO profile.
     */
    static Optional<SsoProfile> profile(SignInRequest request, ProfileFile file) {
        if (!(request.source() instanceof CredentialSource.NamedProfile p)) {
            return Optional.empty();
        }
        return ssoProfileName(file, p.name()).map(name -> {
            var profile = SsoProfile.of(file, name);
            return request.ssoRole().map(r -> profile.withRole(r.accountId(), r.roleName())).orElse(profile);
        });
    }

    /** The credentials of the request's SSO profile; empty when the sign-in involves none. */
    static Optional<SsoCredentials> provider(SignInRequest request, ProfileCatalog catalog, Environment environment,
                                             AwsClientFactory clients, SsoLogins logins, Clock clock) {
        return profile(request, catalog.profileFile()).map(profile -> {
            profile.requireAccount();
            profile.requireRole();
            var endpoints = SsoEndpoints.of(environment, request.endpoints());
            var tokens = SsoTokens.of(environment, logins, clients, endpoints, clock);
            return new SsoCredentials(profile, tokens, new SsoPortal(clients, endpoints), clock);
        });
    }
}
