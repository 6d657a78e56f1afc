package org.spotspec.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** What must hold before SpotSpec asks STS for an MFA session, so no doomed request is sent. */
final class MfaChecks {
    private MfaChecks() {
    }

    /**
     * GetSessionToken accepts long-term keys only: with temporary credentials (a session token, as
     * most credential processes give) AWS refuses it with AccessDenied.
     *
     * @throws AwsProblemException when an MFA session is asked for with temporary credentials
     */
    static void requireLongTermKeys(SignInRequest request, AwsCredentialsProvider base) {
        if (request.mfa().isEmpty() || !(base.resolveCredentials() instanceof AwsSessionCredentials)) {
            return;
        }
        var fromProcess = base instanceof ProcessCredentials;
        throw new AwsProblemException(AwsProblem.local("MfaNeedsLongTermKeys",
                "The " + request.source().label() + (fromProcess ? " (credential process)" : "")
                        + " gives temporary credentials (with a session token), and AWS refuses to make an MFA "
                        + "session from those (GetSessionToken needs an IAM user's access keys). Nothing was sent.",
                fromProcess ? "Sign in without an MFA code: the credentials are used as the process gives them "
                        + "(if they need MFA, the process asks for it)."
                        : "Sign in without an MFA code, or with a profile that holds an IAM user's access keys."));
    }
}
