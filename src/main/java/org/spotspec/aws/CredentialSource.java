package org.spotspec.aws;

/** Where the long-term (or already temporary) credentials come from. */
public sealed interface CredentialSource {

    /** A short label for the status bar and the MFA prompt; never a secret. */
    String label();

    /** A named profile of the shared config/credentials files. */
    record NamedProfile(String name) implements CredentialSource {
        @Override
        public String label() {
            return "profile " + name;
        }
    }

    /** {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and optional {@code AWS_SESSION_TOKEN}. */
    record EnvironmentVariables() implements CredentialSource {
        @Override
        public String label() {
            return "environment";
        }
    }

    /** An access key typed into the sign-in form. The secret masks itself in {@code toString}. */
    record TypedKeys(String accessKeyId, Secret secretAccessKey) implements CredentialSource {
        @Override
        public String label() {
            return "access key " + AccessKeys.abbreviate(accessKeyId);
        }
    }
}
