package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.capacity.PlacementScore;

/** Which types stand in for one without capacity, and which zones come first. */
class TypeAlternativesTest {
    private static final List<String> OFFERED = List.of("m5.large", "m5.xlarge", "m5a.large", "m5n.large",
            "m5d.large", "m6i.large", "m6a.large", "m6g.large", "m7g.large", "m7i.large", "m4.large", "c5.large",
            "m7i-flex.large", "m6gd.large");

    @Test
    void sameSizeSiblingsOfTheSameArchitectureNewestPlainOnesFirst() {
        assertThat(TypeAlternatives.siblings("m5.large", OFFERED))
                .containsExactly("m5a.large", "m5n.large", "m6a.large", "m6i.large", "m7i.large", "m5d.large",
                        "m7i-flex.large")
                .doesNotContain("m6g.large", "m4.large", "m5.xlarge", "c5.large");
    }

    @Test
    void aGravitonTypeGetsGravitonSiblings() {
        assertThat(TypeAlternatives.siblings("m6g.large", OFFERED)).containsExactly("m7g.large", "m6gd.large");
    }

    @Test
    void theFailedTypeComesFirstThenThePricesTabsChoiceOrTheSiblings() {
        assertThat(TypeAlternatives.alternatives("m5.large", List.of("c5.large", "m5.large"), OFFERED))
                .containsExactly("m5.large", "c5.large");
        assertThat(TypeAlternatives.alternatives("m5.large", List.of(), OFFERED)).hasSize(TypeAlternatives.MAX_TYPES)
                .startsWith("m5.large", "m5a.large");
        assertThat(TypeAlternatives.alternatives("weird", List.of(), OFFERED)).containsExactly("weird");
    }

    @Test
    void zonesWithTheBestLatestScoreComeFirst() {
        var now = Instant.parse("2026-11-27T10:00:00Z");
        var scores = List.of(new PlacementScore("eu-west-1", "euw1-az1", "eu-west-1b", 9, now),
                new PlacementScore("eu-west-1", "euw1-az2", "eu-west-1c", 3, now),
                new PlacementScore("eu-west-1", "", "", 7, now));
        assertThat(CapacityFallback.orderByScore(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), scores))
                .containsExactly("eu-west-1b", "eu-west-1c", "eu-west-1a");
        assertThat(CapacityFallback.orderByScore(List.of("eu-west-1a", "eu-west-1b"), List.of()))
                .containsExactly("eu-west-1a", "eu-west-1b");
    }
}
