package org.spotspec.aws;

import java.util.regex.Pattern;

/**
 * The sign-in form's rules, as plain functions: each returns the message to show next to the
 * field, or an empty string when the value is acceptable.
 */
public final class SignInValidation {
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    // AWS: SerialNumber is 9-256 characters of [\w+=/:,.@-]: an MFA ARN or a hardware serial.
    private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private SignInValidation() {
    }

    public static String mfaCode(String code) {
        return code != null && CODE.matcher(code.trim()).matches() ? ""
                : "Enter the 6-digit code shown by your MFA device.";
    }

    public static String mfaSerial(String serial) {
        if (serial == null || serial.isBlank()) {
            return "Enter your MFA device's ARN, e.g. arn:aws:iam::123456789012:mfa/alice.";
        }
        return SERIAL.matcher(serial.trim()).matches() ? ""
                : "Not an MFA device ARN or serial number (9–256 characters, no spaces).";
    }

    public static String duration(Integer seconds) {
        if (seconds == null) {
            return "Enter a duration in seconds.";
        }
        return seconds >= MfaRequest.MIN_DURATION && seconds <= MfaRequest.MAX_DURATION ? ""
                : "Between 900 s (15 minutes) and 129600 s (36 hours).";
    }

    /** A role session's length: 15 min to 12 h, and at most {@code max} (1 h for a chained role). */
    public static String roleDuration(Integer seconds, int max) {
        if (seconds == null) {
            return "Enter a duration, e.g. 1 h.";
        }
        if (seconds < RoleProfile.MIN_DURATION || seconds > RoleProfile.MAX_DURATION) {
            return "A role session lasts 15 minutes to 12 hours (and 1 h unless the role allows more).";
        }
        return seconds <= max ? "" : "This role is assumed through another role: AWS allows at most 1 h.";
    }

    /** A role to assume: {@code arn:aws:iam::<12-digit account>:role/<path/name>}. */
    public static String roleArn(String arn) {
        if (arn == null || arn.isBlank()) {
            return "Enter the role's ARN, e.g. arn:aws:iam::123456789012:role/spot-admin.";
        }
        return ROLE_ARN.matcher(arn.trim()).matches() ? ""
                : "Not a role ARN: arn:aws:iam::<12-digit account>:role/<name>, e.g. arn:aws:iam::123456789012:role/spot-admin.";
    }

    /** A role's external id: optional; AWS allows 2-1224 characters of [\\w+=,.@:/-]. */
    public static String externalId(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return EXTERNAL_ID.matcher(id.trim()).matches() ? ""
                : "An external id is 2–1224 letters, digits and +=,.@:/- (no spaces).";
    }

    public static String accessKeyId(String id) {
        if (id == null || id.isBlank()) {
            return "Enter the access key id (starts with AKIA).";
        }
        return AccessKeys.isPlausibleKeyId(id) ? "" : "An access key id is 16 or more capital letters and digits, "
                + "starting with AKIA (or ASIA for temporary keys).";
    }

    public static String secretKey(String secret) {
        if (secret == null || secret.isBlank()) {
            return "Enter the secret access key.";
        }
        return secret.strip().length() != secret.length() || secret.contains(" ")
                ? "The secret key has spaces in it; paste it again." : "";
    }

    public static String region(String region) {
        if (region == null || region.isBlank()) {
            return "Choose a region.";
        }
        return REGION.matcher(region.trim()).matches() ? "" : "Not a region id such as eu-west-1.";
    }

    public static String profile(String profile) {
        return profile == null || profile.isBlank() ? "Choose a profile." : "";
    }

    public static String endpoint(String url) {
        return AwsEndpoints.problemWith(url).orElse("");
    }

    /** Parses a duration field's text; null when it is not a whole number. */
    public static Integer parseSeconds(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
