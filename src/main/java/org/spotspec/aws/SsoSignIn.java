package org.spotspec.aws;

import java.time.Clock;
import java.util.Optional;

/** Signing in with an IAM Identity Center profile: its role credentials from the AWS CLI's token cache. */
final class SsoSignIn {
    private SsoSignIn() {
    }

    /** The credentials of the request's SSO profile; empty when the source is no SSO profile. */
    static Optional<SsoCredentials> provider(SignInRequest request, ProfileCatalog catalog, Environment environment,
                                             AwsClientFactory clients) {
        if (!(request.source() instanceof CredentialSource.NamedProfile p)
                || !SsoProfile.isSso(catalog.profileFile(), p.name())) {
            return Optional.empty();
        }
        var profile = SsoProfile.of(catalog.profileFile(), p.name());
        profile.requireAccount();
        profile.requireRole();
        var portal = new SsoPortal(clients, SsoEndpoints.of(environment, request.endpoints()));
        return Optional.of(new SsoCredentials(profile, SsoTokenCache.inHome(environment.home()), portal,
                Clock.systemUTC()));
    }
}
