package org.spotspec.aws;

import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns a {@link CredentialSource} into an SDK credentials provider, failing early with a
 * clear {@link AwsProblem} when the source has no usable credentials.
 */
final class LongTermCredentials {
    private final Environment environment;
    private final Supplier<ProfileCatalog> profiles;

    LongTermCredentials(Environment environment, Supplier<ProfileCatalog> profiles) {
        this.environment = environment;
        this.profiles = profiles;
    }

    AwsCredentialsProvider providerFor(CredentialSource source) {
        AwsCredentialsProvider provider;
        if (source instanceof CredentialSource.NamedProfile p) {
            provider = fromProfile(p.name());
        } else if (source instanceof CredentialSource.TypedKeys k) {
            provider = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(k.accessKeyId().trim(), k.secretAccessKey().reveal()));
        } else {
            provider = fromEnvironment();
        }
        check(provider, source);
        return provider;
    }

    private AwsCredentialsProvider fromProfile(String name) {
        var catalog = profiles.get();
        var profile = catalog.find(name).orElseThrow(() -> new AwsProblemException(AwsProblem.local("ProfileNotFound",
                "There is no profile named '" + name + "' in the AWS config or credentials file.",
                "Choose another profile, or add it with 'aws configure --profile " + name + "'.")));
        var roles = RoleChain.of(catalog.profileFile(), name);
        if (roles.isPresent()) {
            return chainBase(roles.get(), catalog);
        }
        if (profile.kind() == ProfileInfo.Kind.SSO) {
            // SessionService signs in through SSO profiles itself (SsoSignIn), the base of a role chain too.
            throw new IllegalStateException("SSO profiles are signed in by SsoSignIn");
        }
        if (profile.kind() == ProfileInfo.Kind.PROCESS) {
            return ProcessCredentials.forProfile(catalog, name, environment);
        }
        return ProfileCredentialsProvider.builder().profileFile(catalog.profileFile()).profileName(name).build();
    }

    /**
     * The credentials a role chain starts from: the base profile's keys (its own role_arn aside,
     * as the AWS CLI does), the environment, or whatever else the base profile is.
     */
    private AwsCredentialsProvider chainBase(RoleChain chain, ProfileCatalog catalog) {
        if (chain.baseProfile().isEmpty()) {
            return fromEnvironment();
        }
        var base = catalog.profileFile().profile(chain.baseProfile().get()).orElseThrow();
        var p = base.properties();
        if (!p.containsKey("aws_access_key_id")) {
            return fromProfile(base.name());
        }
        var id = p.get("aws_access_key_id").trim();
        var secret = p.getOrDefault("aws_secret_access_key", "").trim();
        if (secret.isEmpty()) {
            throw new AwsProblemException(AwsProblem.local("NoCredentials", "Profile '" + base.name()
                    + "' has aws_access_key_id but no aws_secret_access_key.", "Add the secret key to that profile."));
        }
        var token = p.get("aws_session_token");
        return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, token.trim()));
    }

    private AwsCredentialsProvider fromEnvironment() {
        var id = environment.get("AWS_ACCESS_KEY_ID");
        var secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new AwsProblemException(AwsProblem.local("NoEnvironmentCredentials",
                    "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in SpotSpec's environment.",
                    "Set them before starting SpotSpec, or sign in with a profile or typed keys."));
        }
        var token = environment.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(token.isPresent()
                ? AwsSessionCredentials.create(id.get(), secret.get(), token.get())
                : AwsBasicCredentials.create(id.get(), secret.get()));
    }

    private static void check(AwsCredentialsProvider provider, CredentialSource source) {
        try {
            provider.resolveCredentials();
        } catch (SdkClientException e) {
            // The SDK's message names the profile and what is missing, never a key.
            throw new AwsProblemException(AwsProblem.local("NoCredentials",
                    "The " + source.label() + " gave no usable credentials: " + e.getMessage(),
                    "Check the profile in ~/.aws/credentials or ~/.aws/config, or choose another source."));
        }
    }
}
