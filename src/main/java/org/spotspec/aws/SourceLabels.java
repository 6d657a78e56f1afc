package org.spotspec.aws;

/**
 * How the status bar, the Account tab and {@code whoami} name where a session's credentials come
 * from, telling the kinds apart: access keys ({@code profile dev}), an MFA session (the status bar's
 * countdown says so), an assumed role, a credential process ({@code profile build (credential process)}), IAM Identity Center
 * ({@code SSO <start url> · <account> · <role>}).
 */
public final class SourceLabels {
    public static final String CREDENTIAL_PROCESS = ProfileInfo.Kind.PROCESS.label();

    private SourceLabels() {
    }

    /**
     * The source's label, with the kind when the label alone does not tell it (an assumed role: the
     * role and its source, e.g. {@code role spot-admin (from profile dev, MFA)}). Never a secret.
     */
    public static String label(AwsSession session) {
        if (session.assumedRole().isPresent()) {
            return session.credentialsSummary();
        }
        if (session.longTermCredentials() instanceof SsoCredentials sso) {
            return sso.label(); // SSO <start url> · <account> · <role>
        }
        return session.source().label() + (isCredentialProcess(session) ? " (" + CREDENTIAL_PROCESS + ")" : "");
    }

    /**
     * What a session that ends is called in sentences (banner, log): {@code IAM Identity Center
     * login}, {@code role session} or {@code MFA session}.
     */
    public static String sessionKind(AwsSession session) {
        return isSso(session) ? "IAM Identity Center login"
                : session.assumedRole().isPresent() ? "role session" : "MFA session";
    }

    /**
     * Whether the credentials are an IAM Identity Center role's, fetched again with the login
     * before they end: the countdown is the login's, renewal refreshes it or logs in again.
     */
    public static boolean isSso(AwsSession session) {
        // A role assumed from an SSO profile counts as a role: its expiry and renewal are the role's.
        return session.assumedRole().isEmpty() && session.longTermCredentials() instanceof SsoCredentials;
    }

    /**
     * Whether the credentials come from a profile's {@code credential_process}: temporary, but
     * fetched again by the process before they end, so there is no countdown and no renewal.
     */
    public static boolean isCredentialProcess(AwsSession session) {
        // A role assumed from a process profile has the role's expiry and renewal: it counts as a role.
        return session.assumedRole().isEmpty() && session.longTermCredentials() instanceof ProcessCredentials;
    }
}
