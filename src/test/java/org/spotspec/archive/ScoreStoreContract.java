package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.scores.ScoreConfiguration;
import org.spotspec.scores.ScoreSample;
import org.spotspec.scores.ScoreStore;

/** Placement scores kept in the archive's database and read back by configuration and time. */
abstract class ScoreStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456789Z");
    private static final String THREE = new ScoreConfiguration(List.of("m6i.large", "m5.large", "m5a.large"), "", 10,
            "units", false).key();
    private static final String ZONES = new ScoreConfiguration(List.of("m5.large", "m5a.large", "m6i.large"), "", 10,
            "units", true).key();
    private final List<PriceArchive> opened = new ArrayList<>();

    /** Opens the archive under test (a new connection each call, to the same storage). */
    abstract PriceArchive openArchive();

    private ScoreStore store() {
        var archive = openArchive();
        opened.add(archive);
        return archive.scores();
    }

    @AfterEach
    void close() {
        opened.forEach(PriceArchive::close);
    }

    @Test
    void scoresComeBackByConfigurationOldestFirstAndAcrossARestart() {
        var store = store();
        store.record(List.of(sample(THREE, 60, "us-east-1", "", 9), sample(THREE, 60, "eu-west-1", "", 7)));
        store.record(List.of(sample(THREE, 0, "eu-west-1", "", 5)));
        store.record(List.of(sample(ZONES, 30, "eu-west-1", "euw1-az1", 8), sample(ZONES, 30, "eu-west-1", "euw1-az2", 3)));
        close();
        opened.clear();

        var again = store();
        assertThat(again.history(THREE, T0)).extracting(s -> s.place() + "=" + s.score())
                .containsExactly("eu-west-1=5", "eu-west-1=7", "us-east-1=9");
        assertThat(again.history(THREE, T0).get(0).at()).as("to the nanosecond").isEqualTo(T0);
        assertThat(again.history(THREE, T0.plusSeconds(1))).hasSize(2);
        assertThat(again.history(ZONES, T0)).extracting(ScoreSample::place).containsExactly("euw1-az1", "euw1-az2");
        assertThat(again.configurations()).containsExactly(THREE, ZONES);
    }

    @Test
    void theSameQuestionAtTheSameInstantKeepsTheLastAnswer() {
        var store = store();
        store.record(List.of(sample(THREE, 0, "eu-west-1", "", 4)));
        store.record(List.of(sample(THREE, 0, "eu-west-1", "", 6)));
        store.record(List.of());

        assertThat(store.history(THREE, T0)).extracting(ScoreSample::score).containsExactly(6);
    }

    @Test
    void theConfigurationKeyIgnoresTheTypesOrderAndCase() {
        assertThat(new ScoreConfiguration(List.of("M5.large", " m5a.large"), "", 4, "VCPU", false).key())
                .isEqualTo(new ScoreConfiguration(List.of("m5a.large", "m5.large"), "", 4, "vcpu", false).key())
                .isEqualTo("m5.large,m5a.large|4 vcpu|per-region");
    }

    private static ScoreSample sample(String configuration, int seconds, String region, String zone, int score) {
        return new ScoreSample(T0.plusSeconds(seconds), configuration, region, zone, score);
    }
}
