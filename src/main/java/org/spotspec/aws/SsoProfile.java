package org.spotspec.aws;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/**
 * An IAM Identity Center profile as the AWS CLI reads it: {@code sso_session = name} with an
 * {@code [sso-session name]} section ({@code sso_start_url}, {@code sso_region},
 * {@code sso_registration_scopes}), or the legacy {@code sso_start_url}/{@code sso_region} in the
 * profile itself; {@code sso_account_id} and {@code sso_role_name} pick the role.
 *
 * @param session the sso-session's name; empty for the legacy form
 */
public record SsoProfile(String profile, Optional<String> session, String startUrl, Region region,
                         List<String> scopes, Optional<String> accountId, Optional<String> roleName) {

    public SsoProfile {
        scopes = List.copyOf(scopes);
    }

    /** Whether profile {@code name} of {@code file} signs in through IAM Identity Center. */
    public static boolean isSso(ProfileFile file, String name) {
        return file.profile(name).map(p -> p.properties().containsKey("sso_session")
                || p.properties().containsKey("sso_start_url")).orElse(false)
                && file.profile(name).map(p -> !p.properties().containsKey("role_arn")).orElse(false);
    }

    /** Profile {@code name} read from {@code file}; a missing setting is a problem that names it. */
    public static SsoProfile of(ProfileFile file, String name) {
        var profile = file.profile(name).orElseThrow(() -> problem("ProfileNotFound",
                "There is no profile named '" + name + "' in the AWS config file.", "Choose another profile."));
        var sessionName = value(profile, "sso_session");
        Profile settings = profile;
        if (sessionName.isPresent()) {
            settings = file.getSection("sso-session", sessionName.get()).orElseThrow(() -> problem(
                    "SsoSessionNotFound", "Profile '" + name + "' names sso_session '" + sessionName.get()
                            + "', but ~/.aws/config has no [sso-session " + sessionName.get() + "] section.",
                    "Add that section (aws configure sso-session), or correct sso_session."));
        }
        var where = sessionName.map(s -> "[sso-session " + s + "]").orElse("profile '" + name + "'");
        var startUrl = value(settings, "sso_start_url").orElseThrow(() -> problem("SsoSettingMissing",
                where + " has no sso_start_url.", "Add sso_start_url = https://<your portal>.awsapps.com/start."));
        var region = value(settings, "sso_region").orElseThrow(() -> problem("SsoSettingMissing",
                where + " has no sso_region.", "Add sso_region = the region of your IAM Identity Center."));
        var scopes = value(settings, "sso_registration_scopes")
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
        return new SsoProfile(name, sessionName, startUrl, Region.of(region), scopes,
                value(profile, "sso_account_id"), value(profile, "sso_role_name"));
    }

    /** What the AWS CLI's cache file name is made from: the session's name, else the start URL. */
    public String cacheKey() {
        return session.orElse(startUrl);
    }

    /** This profile with another account and role (chosen at login). */
    public SsoProfile withRole(String account, String role) {
        return new SsoProfile(profile, session, startUrl, region, scopes, Optional.of(account), Optional.of(role));
    }

    /** The account and role, or a problem saying how to name them. */
    public String requireAccount() {
        return accountId.orElseThrow(this::noRole);
    }

    public String requireRole() {
        return roleName.orElseThrow(this::noRole);
    }

    private AwsProblemException noRole() {
        return problem("SsoRoleNotChosen", "Profile '" + profile + "' names no sso_account_id and sso_role_name.",
                "Add both to the profile in ~/.aws/config, or run 'spotspec sso login --profile " + profile
                        + "' to list the accounts and roles you may use, then pass --sso-account and --sso-role (the app "
                        + "lists them at Sign in and remembers the choice).");
    }

    private static Optional<String> value(Profile p, String key) {
        return p.property(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    static AwsProblemException problem(String code, String meaning, String next) {
        return new AwsProblemException(AwsProblem.local(code, meaning, next));
    }
}
