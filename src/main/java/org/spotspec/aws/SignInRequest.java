package org.spotspec.aws;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** Everything sign-in needs. No field prints a secret. */
public record SignInRequest(CredentialSource source, Region region, Optional<MfaRequest> mfa,
                            AwsEndpoints endpoints) {
}
