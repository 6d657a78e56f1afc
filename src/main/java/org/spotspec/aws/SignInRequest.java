package org.spotspec.aws;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Everything sign-in needs. No field prints a secret.
 *
 * @param role a role to assume with the source's credentials, typed rather than named by a profile
 */
public record SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa,
                            AwsEndpoints endpoints, Optional<RoleRequest> role) {

    /** A sign-in that assumes no typed role. */
    public SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa, AwsEndpoints endpoints) {
        this(source, region, mfa, endpoints, Optional.empty());
    }

    /** The same request with another region or MFA request, keeping the typed role. */
    public SignInRequest with(Region newRegion, Optional<MfaRequest> newMfa) {
        return new SignInRequest(source, newRegion, newMfa, endpoints, role);
    }
}
