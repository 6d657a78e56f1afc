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
                return path[path.length - 2];
            }
        }
        int slash = arn.lastIndexOf('/');
        return slash >= 0 ? arn.substring(slash + 1) : arn;
    }
}
