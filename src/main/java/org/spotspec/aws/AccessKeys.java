package org.spotspec.aws;

import java.util.regex.Pattern;

/** Rules for access key ids and secret keys, shared by the form and the services. */
public final class AccessKeys {
    // Access key ids only: AIDA/AROA are user and role ids, which look alike but cannot sign.
    private static final Pattern KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{12,124}");

    private AccessKeys() {
    }

    public static boolean isPlausibleKeyId(String id) {
        return id != null && KEY_ID.matcher(id.trim()).matches();
    }

    /** {@code AKIA…WXYZ}: enough to recognise a key id without printing it whole. */
    public static String abbreviate(String id) {
        if (id == null || id.length() < 8) {
            return "…";
        }
        return id.substring(0, 4) + "…" + id.substring(id.length() - 4);
    }
}
