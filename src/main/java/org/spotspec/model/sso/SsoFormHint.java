package org.spotspec.model.sso;

import java.util.List;
import java.util.Optional;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.SsoRole;

/**
 * What the sign-in form says under an IAM Identity Center profile: how Sign in goes (the login at
 * hand, else the browser), and the account and role remembered for a profile that names none.
 */
public final class SsoFormHint {
    private SsoFormHint() {
    }

    /** The hint for {@code profile} among {@code profiles}; empty for a profile that is not SSO. */
    public static String text(String profile, List<ProfileInfo> profiles, Optional<SsoRole> remembered) {
        if (!isSso(profile, profiles)) {
            return "";
        }
        var how = "IAM Identity Center: Sign in uses your login if you have one (this run's or the AWS CLI's), "
                + "else opens your browser to confirm a code.";
        return remembered.map(r -> how + " Account " + r.accountId() + ", role " + r.roleName()
                + " (chosen before).").orElse(how);
    }

    public static boolean isSso(String profile, List<ProfileInfo> profiles) {
        return profiles.stream().anyMatch(p -> p.name().equals(profile) && p.kind() == ProfileInfo.Kind.SSO);
    }
}
