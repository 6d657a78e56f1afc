package org.spotspec.settings;

import java.util.List;

/**
 * The sign-in form's "Then assume a role" part, as last used: whether it was ticked, and the last
 * role ARNs, newest first. ARNs name no secret; the external id is not kept.
 */
public record RoleSettings(boolean assumeRole, List<String> roleArns) {
    public static final int MAX_ROLE_ARNS = 8;

    public RoleSettings {
        roleArns = roleArns == null ? List.of() : roleArns.stream().filter(a -> a != null && !a.isBlank())
                .map(String::trim).distinct().limit(MAX_ROLE_ARNS).toList();
        assumeRole = assumeRole && !roleArns.isEmpty();
    }

    public static RoleSettings none() {
        return new RoleSettings(false, List.of());
    }
}
