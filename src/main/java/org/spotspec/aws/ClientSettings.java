package org.spotspec.aws;

import java.time.Duration;

/**
 * Timeouts and retries for every SDK client. Explicit, so a dead endpoint fails in seconds
 * instead of hanging a task for minutes.
 *
 * @param connectTimeout  TCP connect
 * @param attemptTimeout  one HTTP attempt, including reading the answer
 * @param callTimeout     the whole call, all retries included
 * @param maxAttempts     attempts including the first (the SDK retries 5xx, I/O and throttling)
 */
public record ClientSettings(Duration connectTimeout, Duration attemptTimeout, Duration callTimeout,
                             int maxAttempts) {

    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(45), 4);
    }
}
