package org.spotspec.aws;

/**
 * The account and role an IAM Identity Center sign-in uses when the profile names none (chosen in
 * the app from ListAccounts/ListAccountRoles, and remembered by SpotSpec, never in ~/.aws/config).
 */
public record SsoRole(String accountId, String roleName) {
    public SsoRole {
        accountId = accountId == null ? "" : accountId.trim();
        roleName = roleName == null ? "" : roleName.trim();
        if (accountId.isEmpty() || roleName.isEmpty()) {
            throw new IllegalArgumentException("an SSO role needs an account and a role name");
        }
    }

    @Override
    public String toString() {
        return accountId + "/" + roleName;
    }
}
