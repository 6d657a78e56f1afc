package org.spotspec.aws;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Everything sign-in needs. No field prints a secret.
 *
 * @param role    a role to assume with the source's credentials, typed rather than named by a profile
 * @param ssoRole the account and role of an IAM Identity Center profile that names none itself
 */
public record SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa,
                            AwsEndpoints endpoints, Optional<RoleRequest> role, Optional<SsoRole> ssoRole) {

    /** A sign-in that assumes no typed role. */
    public SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa, AwsEndpoints endpoints) {
        this(source, region, mfa, endpoints, Optional.empty(), Optional.empty());
    }

    /** A sign-in that may assume a typed role, with no SSO account and role chosen. */
    public SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa, AwsEndpoints endpoints,
                         Optional<RoleRequest> role) {
        this(source, region, mfa, endpoints, role, Optional.empty());
    }

    /** The same request with another region or MFA request, keeping the typed role and SSO role. */
    public SignInRequest with(Region newRegion, Optional<MfaRequest> newMfa) {
        return new SignInRequest(source, newRegion, newMfa, endpoints, role, ssoRole);
    }

    /** The same request signing in to {@code chosen} (an IAM Identity Center account and role). */
    public SignInRequest withSsoRole(SsoRole chosen) {
        return new SignInRequest(source, region, mfa, endpoints, role, Optional.of(chosen));
    }
}
