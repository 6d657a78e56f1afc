package org.spotspec.aws;

import java.util.Arrays;

/**
 * A secret value (secret access key, session token, MFA code) that refuses to show itself.
 * {@link #toString()} never reveals the value, so a secret that slips into a log line, an
 * exception message or a record's {@code toString()} prints as a mask instead.
 */
public final class Secret {
    private static final String MASK = "********";
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value == null ? new char[0] : value.toCharArray());
    }

    public static Secret empty() {
        return new Secret(new char[0]);
    }

    /** The value itself, for the one place that must hand it to the SDK. */
    public String reveal() {
        return new String(value);
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public int length() {
        return value.length;
    }

    /** Overwrites the value in memory. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return MASK;
    }
}
