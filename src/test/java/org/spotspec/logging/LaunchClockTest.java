package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The launch instant first-window.sh hands over, read as bash's EPOCHREALTIME writes it. */
class LaunchClockTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.750250Z");

    @Test
    void readsSecondsWithMicrosecondsInEitherDecimalSeparator() {
        var launched = NOW.minusMillis(432).getEpochSecond() + "." + "318250";

        assertThat(LaunchClock.sinceLaunch(launched, NOW)).contains(Duration.ofMillis(432));
        assertThat(LaunchClock.sinceLaunch(launched.replace('.', ','), NOW)).contains(Duration.ofMillis(432));
        assertThat(LaunchClock.sinceLaunch(String.valueOf(NOW.getEpochSecond()), NOW))
                .contains(Duration.ofNanos(750_250_000));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "1796517233.", "-1796517233.5", "1796517233.1234567890", "1e9"})
    void anUnreadableInstantIsNotUsed(String launched) {
        assertThat(LaunchClock.sinceLaunch(launched, NOW)).isEmpty();
    }

    @Test
    void anInstantAfterNowIsNotUsed() {
        var later = NOW.plusSeconds(2).getEpochSecond() + ".000000";

        assertThat(LaunchClock.sinceLaunch(later, NOW)).isEmpty();
    }

    @Test
    void withoutTheVariableItIsTheProcessStartsAge() {
        // The test JVM runs without SPOTSPEC_LAUNCHED_AT: the OS's start time, never negative.
        assertThat(System.getenv(LaunchClock.LAUNCHED_AT)).isNull();
        assertThat(LaunchClock.sinceLaunch()).isPositive();
    }
}
