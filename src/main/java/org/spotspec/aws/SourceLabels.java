package org.spotspec.aws;

/**
 * How the status bar, the Account tab and {@code whoami} name where a session's credentials come
 * from, telling the kinds apart: e.g. {@code profile build (credential process)}.
 */
public final class SourceLabels {
    public static final String CREDENTIAL_PROCESS = ProfileInfo.Kind.PROCESS.label();

    private SourceLabels() {
    }

    /** The source's label, with the kind when the label alone does not tell it. Never a secret. */
    public static String label(AwsSession session) {
        return session.source().label() + (isCredentialProcess(session) ? " (" + CREDENTIAL_PROCESS + ")" : "");
    }

    /**
     * Whether the credentials come from a profile's {@code credential_process}: temporary, but
     * fetched again by the process before they end, so there is no countdown and no renewal.
     */
    public static boolean isCredentialProcess(AwsSession session) {
        return session.longTermCredentials() instanceof ProcessCredentials;
    }
}
