package org.spotspec.aws;

/**
 * What a session that assumed a role is: the chain it came through, the profile chosen, the
 * assumed-role ARN STS answered, whether an MFA code went into it, and where the chain started
 * ({@code profile dev}, {@code environment}, {@code access key AKIA…}). Holds no secret.
 */
public record AssumedRole(RoleChain chain, String profile, String assumedRoleArn, boolean withMfa, String from) {

    /** A role profile's: the chain starts at its base profile or the environment. */
    public AssumedRole(RoleChain chain, String profile, String assumedRoleArn, boolean withMfa) {
        this(chain, profile, assumedRoleArn, withMfa, chain.baseLabel());
    }

    /** For the status bar and the Account tab: {@code role spot-admin (from profile dev, MFA)}. */
    public String summary() {
        return "role " + chain.target().roleName() + " (from " + from + (withMfa ? ", MFA" : "") + ")";
    }

    /**
     * The CREDENTIALS value of {@code whoami}: {@code assumed role (profile admin)}, or for a role
     * given by its ARN {@code assumed role (role ARN, from access key AKIA…)}.
     */
    public String credentialsLabel() {
        return RoleRequest.isTyped(chain.target()) ? "assumed role (role ARN, from " + from + ")"
                : "assumed role (profile " + profile + ")";
    }
}
