package org.spotspec.aws;

/**
 * An MFA session upgrade: STS GetSessionToken with the device serial, a one-time code and a
 * duration. The code is a {@link Secret}: it masks itself and is used once, never stored.
 */
public record MfaRequest(String serialNumber, Secret tokenCode, int durationSeconds) {
    public static final int MIN_DURATION = 900;
    public static final int MAX_DURATION = 129_600;
    public static final int ROOT_MAX_DURATION = 3_600;
}
