package org.spotspec.aws;

/** GetCallerIdentity's answer: who the credentials belong to. */
public record CallerIdentity(String account, String arn, String userId) {

    /**
     * Who, in a word: a user's name (the part after the last slash), or for an assumed role the
     * role's name ({@code …:assumed-role/spot-admin/spotspec-alice} is {@code spot-admin}: the
     * session name is SpotSpec's own, the role is what the user chose).
     */
    public String shortName() {
        var parts = arn.split(":", 6);
        if (parts.length == 6 && parts[5].startsWith("assumed-role/")) {
            var path = parts[5].split("/");
            if (path.length >= 3) {
                return ssoRoleName(path[path.length - 2]);
            }
        }
        int slash = arn.lastIndexOf('/');
        return slash >= 0 ? arn.substring(slash + 1) : arn;
    }

    /**
     * IAM Identity Center names a permission set's role {@code AWSReservedSSO_<set>_<16 hex>}: the
     * set's name is what the user chose (e.g. {@code SpotAdmin}).
     */
    private static String ssoRoleName(String role) {
        var m = java.util.regex.Pattern.compile("AWSReservedSSO_(.+)_[0-9a-f]{16}").matcher(role);
        return m.matches() ? m.group(1) : role;
    }
}
