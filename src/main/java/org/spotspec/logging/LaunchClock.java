package org.spotspec.logging;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How long ago this process was launched, for the start-up figures ({@code --smoke-test},
 * {@link StartTrace}).
 *
 * <p>{@code packaging/linux/first-window.sh} puts the launch instant in {@value #LAUNCHED_AT}
 * just before it starts the launcher, and that is used when present. Otherwise the OS's start
 * time of the process, which is only a rough figure on Linux: the JVM adds the start's clock
 * ticks to the boot time, which the kernel gives in whole seconds, so it reads up to a second
 * more, by an amount that stays the same for every process until the next boot (0.9 s on top
 * of a real 0.4 s, measured here). Two apps' times then look closer than they are.
 */
public final class LaunchClock {
    /** The launch instant: seconds since the epoch with a fraction, as bash's {@code $EPOCHREALTIME}. */
    public static final String LAUNCHED_AT = "SPOTSPEC_LAUNCHED_AT";
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,12}(?:[.,]\\d{1,9})?");

    private LaunchClock() {
    }

    /** Time since launch, as precisely as this process can know it. */
    public static Duration sinceLaunch() {
        var now = Instant.now();
        return sinceLaunch(System.getenv(LAUNCHED_AT), now)
                .orElseGet(() -> ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, now))
                        .orElse(Duration.ZERO));
    }

    /**
     * {@code now} less the launch instant {@code launchedAt} (bash's {@code $EPOCHREALTIME}, whose
     * separator follows the locale); empty when absent, unreadable or in the future.
     */
    static Optional<Duration> sinceLaunch(String launchedAt, Instant now) {
        if (launchedAt == null || !EPOCH_SECONDS.matcher(launchedAt).matches()) {
            return Optional.empty();
        }
        var micros = new BigDecimal(launchedAt.replace(',', '.')).movePointRight(6).longValue();
        var elapsed = Duration.between(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), now);
        return elapsed.isNegative() ? Optional.empty() : Optional.of(elapsed);
    }
}
