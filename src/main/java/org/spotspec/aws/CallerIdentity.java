package org.spotspec.aws;

/** GetCallerIdentity's answer: who the credentials belong to. */
public record CallerIdentity(String account, String arn, String userId) {

    /** The part after the last slash of the ARN: a user or role session name. */
    public String shortName() {
        int slash = arn.lastIndexOf('/');
        return slash >= 0 ? arn.substring(slash + 1) : arn;
    }
}
