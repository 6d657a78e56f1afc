package org.spotspec.aws;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One profile that assumes a role, as the AWS CLI reads it: {@code role_arn} with
 * {@code source_profile} or {@code credential_source}, and the optional {@code mfa_serial},
 * {@code duration_seconds}, {@code external_id} and {@code role_session_name}. Holds no secret
 * (an external id is not one: AWS shows it in CloudTrail).
 */
public record RoleProfile(String name, String roleArn, Optional<String> sourceProfile,
                          Optional<String> credentialSource, Optional<String> mfaSerial,
                          Optional<Integer> durationSeconds, Optional<String> externalId,
                          Optional<String> roleSessionName) {

    /** AssumeRole's limits: 15 minutes, and 12 hours for a role whose MaxSessionDuration allows it. */
    public static final int MIN_DURATION = 900;
    public static final int MAX_DURATION = 43_200;
    /** The default of AssumeRole and of a role's MaxSessionDuration, and the cap of a chained role. */
    public static final int DEFAULT_DURATION = 3_600;

    // The SDK folds indented lines into the value before them: accept only values of the expected shape.
    private static final Pattern ARN = Pattern.compile("arn:[\\w-]+:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");
    private static final Pattern WORD = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    /** The profile's role settings; empty when it names no (well-formed) {@code role_arn}. */
    static Optional<RoleProfile> from(String name, Map<String, String> p) {
        var arn = value(p, "role_arn", ARN);
        if (arn.isEmpty() || p.containsKey("web_identity_token_file")) {
            return Optional.empty();
        }
        return Optional.of(new RoleProfile(name, arn.get(), value(p, "source_profile", WORD),
                value(p, "credential_source", WORD), value(p, "mfa_serial", SERIAL),
                value(p, "duration_seconds", NUMBER).map(Integer::valueOf), value(p, "external_id", WORD),
                value(p, "role_session_name", WORD)));
    }

    private static Optional<String> value(Map<String, String> p, String key, Pattern shape) {
        return Optional.ofNullable(p.get(key)).map(String::trim).filter(v -> shape.matcher(v).matches());
    }

    /** The role's name, the ARN's last path part: {@code spot-admin}. */
    public String roleName() {
        return roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }

    /** The session length this profile asks for: its {@code duration_seconds}, else 1 h. */
    public int defaultDuration() {
        return durationSeconds.orElse(DEFAULT_DURATION);
    }
}
