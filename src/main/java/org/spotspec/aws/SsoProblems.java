package org.spotspec.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * IAM Identity Center's errors in the user's words: what happened and the command that fixes it.
 * AWS's own message is left out: the portal and OIDC services may echo what they were sent.
 */
final class SsoProblems {
    private SsoProblems() {
    }

    static String loginAgain(String profile) {
        return "Run 'spotspec sso login --profile " + profile + " --share' (or 'aws sso login --profile " + profile
                + "'), then try again.";
    }

    /** No valid token in the AWS CLI's cache. */
    static AwsProblemException noToken(SsoProfile profile, boolean expired) {
        return new AwsProblemException(new AwsProblem("", expired ? "SsoTokenExpired" : "SsoTokenMissing",
                expired ? "The IAM Identity Center login for " + profile.startUrl() + " has expired."
                        : "There is no IAM Identity Center login for " + profile.startUrl() + " in the AWS CLI's cache "
                        + "(~/.aws/sso/cache).",
                loginAgain(profile.profile()), "", 0, AwsProblem.Kind.EXPIRED_SESSION, ""));
    }

    /** An error of the portal (GetRoleCredentials, ListAccounts, ListAccountRoles). */
    static RuntimeException portal(AwsServiceException e, SsoProfile profile) {
        var requestId = e.requestId() == null ? "" : e.requestId();
        if (e instanceof software.amazon.awssdk.services.sso.model.UnauthorizedException) {
            return problem("SsoTokenRejected", "IAM Identity Center no longer accepts the login for "
                    + profile.startUrl() + ": it expired or was signed out.", loginAgain(profile.profile()),
                    requestId, e.statusCode(), AwsProblem.Kind.EXPIRED_SESSION);
        }
        if (e instanceof software.amazon.awssdk.services.sso.model.ResourceNotFoundException) {
            return problem("SsoRoleNotFound", "IAM Identity Center has no role '" + profile.roleName().orElse("")
                    + "' in account " + profile.accountId().orElse("") + " for you.",
                    "Check sso_account_id and sso_role_name of profile '" + profile.profile() + "', or run 'spotspec "
                            + "sso login --profile " + profile.profile() + " --account ID --role NAME'.",
                    requestId, e.statusCode(), AwsProblem.Kind.PERMISSION);
        }
        return e; // Throttling and service faults: the ErrorTranslator's usual words.
    }

    /** An error of the device authorization (RegisterClient, StartDeviceAuthorization, CreateToken). */
    static RuntimeException oidc(AwsServiceException e, SsoProfile profile) {
        var requestId = e.requestId() == null ? "" : e.requestId();
        if (e instanceof software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException) {
            return problem("SsoDeviceCodeExpired", "The sign-in code expired before it was approved in the browser.",
                    "Run 'spotspec sso login --profile " + profile.profile() + "' again and approve within the time "
                            + "shown.", requestId, e.statusCode(), AwsProblem.Kind.EXPIRED_SESSION);
        }
        if (e instanceof software.amazon.awssdk.services.ssooidc.model.AccessDeniedException) {
            return problem("SsoAccessDenied", "The sign-in was denied in the browser (or by IAM Identity Center).",
                    "Run 'spotspec sso login --profile " + profile.profile() + "' again and choose Allow.",
                    requestId, e.statusCode(), AwsProblem.Kind.PERMISSION);
        }
        if (e instanceof software.amazon.awssdk.services.ssooidc.model.InvalidClientException
                || e instanceof software.amazon.awssdk.services.ssooidc.model.UnauthorizedClientException) {
            return problem("SsoInvalidClient", "IAM Identity Center refused SpotSpec's client registration.",
                    "Run 'spotspec sso login --profile " + profile.profile() + "' again; if it persists, check "
                            + "sso_region and sso_start_url.", requestId, e.statusCode(), AwsProblem.Kind.BAD_CREDENTIALS);
        }
        if (e instanceof software.amazon.awssdk.services.ssooidc.model.InvalidRequestException
                || e instanceof software.amazon.awssdk.services.ssooidc.model.InvalidScopeException) {
            return problem("SsoInvalidRequest", "IAM Identity Center refused the sign-in request for "
                    + profile.startUrl() + ".", "Check sso_start_url, sso_region and sso_registration_scopes of "
                    + "profile '" + profile.profile() + "'.", requestId, e.statusCode(), AwsProblem.Kind.BAD_INPUT);
        }
        return e;
    }

    private static AwsProblemException problem(String code, String meaning, String next, String requestId,
                                               int status, AwsProblem.Kind kind) {
        return new AwsProblemException(new AwsProblem("", code, meaning, next, requestId, status, kind, ""));
    }
}
