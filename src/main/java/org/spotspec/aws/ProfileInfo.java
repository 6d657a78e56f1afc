package org.spotspec.aws;

import java.util.Optional;

/**
 * What the sign-in view needs to know about one named profile, merged from the config and
 * credentials files. Holds no secret.
 *
 * @param name        profile name as the SDK and CLI use it ({@code default}, {@code dev}, ...)
 * @param region      the profile's {@code region}, if set
 * @param mfaSerial   the profile's {@code mfa_serial}, if set
 * @param kind        how the profile supplies credentials
 * @param inConfig    defined in the config file
 * @param inCredentials defined in the credentials file
 */
public record ProfileInfo(String name, Optional<String> region, Optional<String> mfaSerial, Kind kind,
                          boolean inConfig, boolean inCredentials) {

    /** How a profile gets its credentials, as far as the files tell. */
    public enum Kind {
        STATIC_KEYS("access keys"),
        ROLE("assumes a role"),
        SSO("IAM Identity Center (SSO)"),
        PROCESS("credential process"),
        WEB_IDENTITY("web identity"),
        NONE("no credentials");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A short line for the profile chooser, e.g. {@code dev — access keys, MFA, eu-west-1}. */
    public String summary() {
        var text = new StringBuilder(name).append(" — ").append(kind.label());
        mfaSerial.ifPresent(s -> text.append(", MFA"));
        region.ifPresent(r -> text.append(", ").append(r));
        return text.toString();
    }
}
