package org.spotspec.aws;

import java.util.regex.Pattern;

/**
 * Last line of defence for text that comes from outside (AWS error messages, exception
 * messages): masks anything shaped like a secret key, a session token or an MFA code before it
 * is shown or logged. SpotSpec never puts secrets into such text itself; this guards against a
 * service or library that does.
 */
public final class Redaction {
    // Secret keys are 40 base64 characters, session tokens hundreds: any run of 32 or more.
    private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9/+=]{32,}");
    // A TOTP code: six digits standing alone (account ids have twelve and are left alone).
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    private Redaction() {
    }

    public static String scrub(String text) {
        if (text == null) {
            return "";
        }
        var masked = LONG_TOKEN.matcher(text).replaceAll("[redacted]");
        return SIX_DIGITS.matcher(masked).replaceAll("[redacted]");
    }
}
