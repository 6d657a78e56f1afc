package org.spotspec.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** GetSessionToken of {@link LocalAws}: checks the MFA code and duration like STS, makes up credentials. */
final class LocalSts {
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final SecureRandom random = new SecureRandom();

    String sessionToken(Map<String, String> form, String keyId, Instant now) {
        if (keyId.startsWith("ASIA")) {
            throw new LocalAws.Fault(403, "AccessDenied", "Cannot call GetSessionToken with session credentials");
        }
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
        var duration = new Ec2Form(form).integer("DurationSeconds");
        int seconds = duration == null ? 43_200 : duration;
        if (seconds < 900 || seconds > 129_600) {
            throw new LocalAws.Fault(400, "ValidationError", "1 validation error detected: Value '" + seconds
                    + "' at 'durationSeconds' failed to satisfy constraint: Member must have value "
                    + (seconds < 900 ? "greater than or equal to 900" : "less than or equal to 129600"));
        }
        var expiration = Instant.ofEpochSecond(now.getEpochSecond() + seconds);
        var token = new byte[264];
        random.nextBytes(token);
        return "<Credentials><AccessKeyId>ASIA" + randomText(KEY_CHARS, 16) + "</AccessKeyId><SecretAccessKey>"
                + randomText(SECRET_CHARS, 40) + "</SecretAccessKey><SessionToken>IQoJb3JpZ2luX2VjE"
                + Base64.getEncoder().encodeToString(token) + "</SessionToken><Expiration>" + expiration
                + "</Expiration></Credentials>";
    }

    private String randomText(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
