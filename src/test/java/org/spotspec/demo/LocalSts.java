package org.spotspec.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * GetSessionToken and AssumeRole of {@link LocalAws}: checks the MFA code and duration like STS,
 * makes up credentials; GetCallerIdentity with a role's credentials names the assumed role. Every
 * role may be assumed (no trust policy here) for at most one hour, a role's default maximum.
 */
final class LocalSts {
    static final int ROLE_MAX_SECONDS = 3600;
    private static final java.util.regex.Pattern ROLE_ARN =
            java.util.regex.Pattern.compile("arn:aws:iam::([0-9]{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");
    private final Map<String, String> assumedArns = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final SecureRandom random = new SecureRandom();

    String sessionToken(Map<String, String> form, String keyId, Instant now) {
        if (keyId.startsWith("ASIA")) {
            throw new LocalAws.Fault(403, "AccessDenied", "Cannot call GetSessionToken with session credentials");
        }
        checkCode(form);
        var duration = new Ec2Form(form).integer("DurationSeconds");
        int seconds = duration == null ? 43_200 : duration;
        if (seconds < 900 || seconds > 129_600) {
            throw new LocalAws.Fault(400, "ValidationError", "1 validation error detected: Value '" + seconds
                    + "' at 'durationSeconds' failed to satisfy constraint: Member must have value "
                    + (seconds < 900 ? "greater than or equal to 900" : "less than or equal to 129600"));
        }
        return credentials(Instant.ofEpochSecond(now.getEpochSecond() + seconds), null);
    }

    /** AssumeRole: any role of a valid ARN, with the MFA code checked as GetSessionToken checks it. */
    String assumeRole(Map<String, String> form, Instant now) {
        var arn = ROLE_ARN.matcher(form.getOrDefault("RoleArn", ""));
        if (!arn.matches()) {
            throw new LocalAws.Fault(400, "ValidationError", "Value '" + form.get("RoleArn")
                    + "' at 'roleArn' failed to satisfy constraint: not a role ARN");
        }
        var session = form.getOrDefault("RoleSessionName", "");
        if (!session.matches("[\\w+=,.@-]{2,64}")) {
            throw new LocalAws.Fault(400, "ValidationError", "Value '" + session
                    + "' at 'roleSessionName' failed to satisfy constraint: Member must have length 2 to 64");
        }
        checkCode(form);
        var duration = new Ec2Form(form).integer("DurationSeconds");
        int seconds = duration == null ? 3600 : duration;
        if (seconds > ROLE_MAX_SECONDS) {
            throw new LocalAws.Fault(400, "ValidationError", "The requested DurationSeconds exceeds the "
                    + "MaxSessionDuration set for this role.");
        }
        var assumed = "arn:aws:sts::" + arn.group(1) + ":assumed-role/" + arn.group(2) + "/" + session;
        return credentials(Instant.ofEpochSecond(now.getEpochSecond() + seconds), assumed)
                + "<AssumedRoleUser><AssumedRoleId>AROA" + randomText(KEY_CHARS, 17) + ":" + session
                + "</AssumedRoleId><Arn>" + assumed + "</Arn></AssumedRoleUser>";
    }

    /** GetCallerIdentity: the user, or the assumed role whose credentials sign the call. */
    String callerIdentity(String keyId) {
        var assumed = assumedArns.get(keyId);
        return assumed == null ? org.spotspec.testing.AwsXml.callerIdentityResult() : "<Arn>" + assumed
                + "</Arn><UserId>AROAEXAMPLEROLEID0001:" + assumed.substring(assumed.lastIndexOf('/') + 1)
                + "</UserId><Account>" + assumed.split(":")[4] + "</Account>";
    }

    private static void checkCode(Map<String, String> form) {
        var serial = form.get("SerialNumber");
        var code = form.get("TokenCode");
        if (serial != null && code == null || serial == null && code != null) {
            throw new LocalAws.Fault(403, "AccessDenied",
                    "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.");
        }
        if (code != null && !code.matches("[0-9]{6}")) {
            throw new LocalAws.Fault(400, "ValidationError", "1 validation error detected: Value '" + code + "' at 'tokenCode'"
                    + " failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*");
        }
        if ("000000".equals(code)) {
            throw new LocalAws.Fault(403, "AccessDenied",
                    "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        }
    }

    /** Session credentials made up for a role session; not logged, and toString names only the key id. */
    record Issued(String keyId, String secret, String sessionToken) {
        @Override
        public String toString() {
            return "Issued[" + keyId + "]";
        }
    }

    /**
     * New session credentials; when {@code assumedArn} is given, GetCallerIdentity signed with them
     * names it (AssumeRole here, IAM Identity Center's role credentials in {@link LocalSso}).
     */
    Issued issue(String assumedArn) {
        var token = new byte[264];
        random.nextBytes(token);
        var issued = new Issued("ASIA" + randomText(KEY_CHARS, 16), randomText(SECRET_CHARS, 40),
                "IQoJb3JpZ2luX2VjE" + Base64.getEncoder().encodeToString(token));
        if (assumedArn != null) {
            assumedArns.put(issued.keyId(), assumedArn);
        }
        return issued;
    }

    private String credentials(Instant expiration, String assumedArn) {
        var issued = issue(assumedArn);
        return "<Credentials><AccessKeyId>" + issued.keyId() + "</AccessKeyId><SecretAccessKey>"
                + issued.secret() + "</SecretAccessKey><SessionToken>" + issued.sessionToken()
                + "</SessionToken><Expiration>" + expiration + "</Expiration></Credentials>";
    }

    private String randomText(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
