package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionWatchTest {
    private static final Instant END = Rows.NOW.plus(Duration.ofHours(1));
    private final SessionWatch watch = new SessionWatch();

    @Test
    void warnsOnceTenMinutesBeforeTheEndThenPausesOnceThenResumesAfterRenewal() {
        assertThat(watch.check(Optional.of(END), Rows.NOW)).isEmpty();
        assertThat(watch.check(Optional.of(END), END.minus(Duration.ofMinutes(11)))).isEmpty();

        var warning = watch.check(Optional.of(END), END.minus(Duration.ofMinutes(10)));
        assertThat(warning).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.SESSION);
            assertThat(e.severity()).isEqualTo(Severity.NOTIFY);
            assertThat(e.message()).contains("ends in 10 minutes", "11:00:00 UTC");
        });
        assertThat(watch.check(Optional.of(END), END.minus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(watch.paused(END.minusSeconds(1))).isFalse();

        var ended = watch.check(Optional.of(END), END);
        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("ended");
            assertThat(e.message()).contains("paused", "fresh MFA code");
        });
        assertThat(watch.paused(END)).isTrue();
        assertThat(watch.check(Optional.of(END), END.plusSeconds(60))).isEmpty();

        var renewedUntil = END.plus(Duration.ofHours(12));
        var renewed = watch.check(Optional.of(renewedUntil), END.plusSeconds(90));
        assertThat(renewed).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("renewed");
            assertThat(e.severity()).isEqualTo(Severity.INFO);
            assertThat(e.message()).contains("resumes");
        });
        assertThat(watch.paused(END.plusSeconds(90))).isFalse();
    }

    @Test
    void credentialsWithoutExpiryNeverPause() {
        assertThat(watch.check(Optional.empty(), Rows.NOW)).isEmpty();
        assertThat(watch.paused(Rows.NOW.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aSessionAlreadyEndedAtTheFirstCheckIsToldEndedOnly() {
        assertThat(watch.check(Optional.of(END), END.plusSeconds(1))).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo("ended"));
    }

    @Test
    void anMfaSessionIsToldAsOneWhateverTheCallerPasses() {
        assertThat(watch.check(Optional.of(END), END.minus(Duration.ofMinutes(10)))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The MFA session ends in 10 minutes"));
        assertThat(watch.check(Optional.of(END), SessionWatch.SessionName.MFA, END)).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The MFA session ended at").contains("fresh MFA code"));
    }

    @Test
    void anAssumedRolesSessionIsToldByItsRoleNotAsAnMfaSession() {
        var role = SessionWatch.SessionName.role("spot-admin", true);
        assertThat(watch.check(Optional.of(END), role, END.minus(Duration.ofMinutes(10)))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The role session (spot-admin) ends in 10 minutes")
                        .contains("fresh MFA code").doesNotContain("MFA session"));
        assertThat(watch.check(Optional.of(END), role, END)).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The role session (spot-admin) ended at 11:00:00 UTC")
                        .contains("paused", "fresh MFA code").doesNotContain("MFA session"));
        var renewedUntil = END.plus(Duration.ofHours(1));
        assertThat(watch.check(Optional.of(renewedUntil), role, END.plusSeconds(30))).singleElement()
                .satisfies(e -> assertThat(e.message())
                        .startsWith("The role session (spot-admin) was renewed until 12:00:00 UTC").contains("resumes"));
    }

    @Test
    void aRoleAssumedWithoutMfaIsNotRenewedWithACode() {
        var role = SessionWatch.SessionName.role("reader", false);
        assertThat(watch.check(Optional.of(END), role, END.minus(Duration.ofMinutes(3)))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The role session (reader) ends in 3 minutes")
                        .doesNotContain("MFA"));
        assertThat(watch.check(Optional.of(END), role, END)).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The role session (reader) ended at")
                        .contains("Renew session").doesNotContain("MFA"));
    }
}
