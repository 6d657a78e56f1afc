package org.spotspec.aws;

/**
 * What a session that assumed a role is: the chain it came through, the profile chosen, the
 * assumed-role ARN STS answered, and whether an MFA code went into it. Holds no secret.
 */
public record AssumedRole(RoleChain chain, String profile, String assumedRoleArn, boolean withMfa) {

    /** For the status bar and the Account tab: {@code role spot-admin (from profile dev, MFA)}. */
    public String summary() {
        return "role " + chain.target().roleName() + " (from " + chain.baseLabel() + (withMfa ? ", MFA" : "") + ")";
    }

    /** The CREDENTIALS value of {@code whoami}: {@code assumed role (profile admin)}. */
    public String credentialsLabel() {
        return "assumed role (profile " + profile + ")";
    }
}
