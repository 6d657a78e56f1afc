package org.spotspec.model.signin;

import java.util.Optional;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SignInRequest;
import software.amazon.awssdk.regions.Region;

/** Builds the {@link SignInRequest} a valid {@link SignInForm} describes. */
final class SignInRequests {
    private SignInRequests() {
    }

    static SignInRequest of(SignInForm form, Environment environment) {
        CredentialSource credentialSource = switch (form.sourceProperty().get()) {
            case PROFILE -> new CredentialSource.NamedProfile(form.profileProperty().get().trim());
            case ENVIRONMENT -> new CredentialSource.EnvironmentVariables();
            case KEYS -> new CredentialSource.TypedKeys(form.accessKeyIdProperty().get().trim(),
                    Secret.of(form.secretKeyProperty().get()));
        };
        var seconds = MfaDurations.parse(form.durationProperty().get());
        Optional<MfaRequest> mfa = form.useMfaProperty().get()
                ? Optional.of(new MfaRequest(form.mfaSerialProperty().get().trim(),
                        Secret.of(form.mfaCodeProperty().get().trim()), seconds))
                : Optional.empty();
        // Without an MFA code, the typed role's session length goes to AssumeRole by itself.
        return new SignInRequest(credentialSource, Region.of(form.regionProperty().get().trim()), mfa,
                AwsEndpoints.resolve(environment, form.endpointUrlProperty().get()), form.role().toRequest(seconds));
    }
}
