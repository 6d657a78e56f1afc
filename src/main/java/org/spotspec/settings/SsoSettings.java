package org.spotspec.settings;

import java.util.Map;
import java.util.TreeMap;

/**
 * IAM Identity Center, as last used: the account and role chosen for each profile that names none
 * ({@code profile → "account role"}), and whether in-app logins are shared with the AWS CLI. No
 * token is kept here: they stay in memory, or in the AWS CLI's cache when shared.
 */
public record SsoSettings(Map<String, String> roles, boolean share) {
    public SsoSettings {
        var kept = new TreeMap<String, String>();
        if (roles != null) {
            roles.forEach((profile, role) -> {
                if (profile != null && !profile.isBlank() && role != null && role.trim().split("\\s+").length == 2) {
                    kept.put(profile.trim(), role.trim());
                }
            });
        }
        roles = Map.copyOf(kept);
    }

    public static SsoSettings none() {
        return new SsoSettings(Map.of(), false);
    }
}
