package org.spotspec.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.Environment;

/** Fake keys and fast timeouts for tests. Recognisable values, so leaks are easy to spot. */
public final class TestAws {
    public static final String KEY_ID = "AKIACANARYKEYID00001";
    /** The access key id a user types in the sign-in form (the profiles' is {@link #KEY_ID}). */
    public static final String TYPED_KEY_ID = "AKIATYPEDKEY00000001";
    public static final String SECRET = "CanarySecretKeyDoNotLeak0000000000000000";
    public static final String SESSION_SECRET = "CanarySessionSecretDoNotLeak000000000000";
    public static final String SESSION_TOKEN = "CanarySessionTokenDoNotLeakFwoGZXIvYXdzEJr0000000000000000000000";
    public static final String MFA_CODE = "246810";

    private TestAws() {
    }

    public static ClientSettings fastSettings() {
        return new ClientSettings(Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofSeconds(3), 2);
    }

    /** An environment with no AWS variables and a home folder of the test's own. */
    public static Environment emptyEnvironment(Path home) {
        return new Environment(Map.of(), home);
    }
}
