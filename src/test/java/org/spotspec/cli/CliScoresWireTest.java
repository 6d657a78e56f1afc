package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.demo.LocalAws;
import org.spotspec.demo.LocalPlacementScores;

/**
 * {@code spotspec scores} end to end, in-process, against a started {@link LocalAws} over real
 * HTTP: its scores are deterministic, so each row can be predicted.
 */
class CliScoresWireTest {
    private static final String TYPES = "m5.large,m6i.large,c5.large";
    /** How LocalAws keys a set of types: sorted, comma-joined. */
    private static final String SORTED = "c5.large,m5.large,m6i.large";
    private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "eu-central-1");

    @RegisterExtension
    final CliHarness cli = new CliHarness();
    private final LocalAws local = new LocalAws();

    @BeforeEach
    void start() throws IOException {
        cli.env("AWS_ENDPOINT_URL", "http://127.0.0.1:" + local.start(0));
    }

    @AfterEach
    void stop() {
        local.stop();
    }

    @Test
    void aTableOfRegionsBestFirst() {
        var result = cli.run("scores", "-t", TYPES, "--capacity", "10", "--region", String.join(",", REGIONS));

        assertThat(result.exitCode()).as(result.err()).isZero();
        var lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("SCORE +REGION");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected(REGIONS, 10).stream()
                .map(e -> String.format("%5d  %s", e.score(), e.region())).toList());
        assertThat(result.err()).contains("a snapshot; act on it at once").doesNotContain("warning");
    }

    @Test
    void eachAnswerIsKeptWithItsTimeInThePriceArchiveUnlessNoArchive() {
        cli.run("scores", "-t", TYPES, "--capacity", "10", "--region", "eu-west-1");
        cli.run("scores", "-t", "c5.large,m6i.large,m5.large", "--capacity", "10", "--region", "eu-west-1");
        cli.run("scores", "-t", TYPES, "--capacity", "12", "--region", "eu-west-1", "--no-archive");

        var file = new org.spotspec.userdirs.UserDirs(java.util.Map.of(), System.getProperty("os.name"), cli.home())
                .data().resolve(org.spotspec.archive.PriceArchives.FILE_NAME);
        try (var archive = org.spotspec.archive.PriceArchives.openEmbedded(file)) {
            assertThat(archive.scores().configurations()).as("the same question in another order is one series")
                    .containsExactly(SORTED + "|10 units|per-region");
            assertThat(archive.scores().history(SORTED + "|10 units|per-region", java.time.Instant.EPOCH))
                    .isNotEmpty().allSatisfy(s -> assertThat(s.score())
                            .isEqualTo(LocalPlacementScores.score(SORTED, 10, "units", "eu-west-1", "")));
        }
    }

    @Test
    void jsonAndCsvCarryTheScoreRegionAndTime() {
        var json = cli.run("scores", "-t", TYPES, "--capacity", "10", "--region", "eu-west-1", "-o", "json");
        var csv = cli.run("scores", "-t", TYPES, "--capacity", "10", "--region", "eu-west-1", "-o", "csv");

        int score = LocalPlacementScores.score(SORTED, 10, "units", "eu-west-1", "");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[\n  {\"score\": " + score + ", \"region\": \"eu-west-1\", \"asOf\": \"");
        assertThat(csv.out()).startsWith("score,region,as_of\r\n" + score + ",eu-west-1,");
    }

    @Test
    void perZoneNamesEachZoneAndItsId() {
        var result = cli.run("scores", "-t", TYPES, "--capacity", "8", "--unit", "vcpu", "--region", "eu-west-1",
                "--per-zone", "-o", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        var rows = result.out().lines().skip(1).map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(3);
        assertThat(result.out()).startsWith("score,region,zone,zone_id,as_of");
        for (var row : rows) {
            assertThat(row[2]).matches("eu-west-1[abc]");
            assertThat(row[3]).matches("euw1-az[123]");
            assertThat(Integer.parseInt(row[0])).isEqualTo(LocalPlacementScores.score(SORTED, 8, "vcpu", "eu-west-1", row[3]));
        }
        assertThat(rows).extracting(r -> Integer.parseInt(r[0])).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void allRegionsGivesTheTopTenOnly() {
        var result = cli.run("scores", "-t", TYPES, "--capacity", "3", "--all-regions", "-o", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().skip(1)).hasSize(10);
    }

    @Test
    void fewerThanThreeTypesWarnsAndStillScores() {
        var result = cli.run("scores", "-t", "m5.large,c5.large", "--capacity", "2", "--region", "eu-west-1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("warning: Only 2 instance types", "at least 3");
        assertThat(result.out()).contains("eu-west-1");
    }

    @Test
    void theConfigurationCapIsExplainedWithItsExitCode() {
        for (int capacity = 1; capacity <= LocalPlacementScores.CONFIG_LIMIT; capacity++) {
            assertThat(cli.run("scores", "-t", TYPES, "--capacity", String.valueOf(capacity), "--region", "eu-west-1")
                    .exitCode()).isZero();
        }

        var refused = cli.run("scores", "-t", TYPES, "--capacity", "11", "--region", "eu-west-1");
        var again = cli.run("scores", "-t", TYPES, "--capacity", "1", "--region", "us-east-1");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("Get spot placement scores failed: MaxConfigLimitExceeded", "24 hours",
                "already asked for");
        assertThat(again.exitCode()).as("a configuration already asked, in another region").isZero();
    }

    @Test
    void aCapacityOverRecentUsageIsExplained() {
        var result = cli.run("scores", "-t", TYPES, "--capacity", "900", "--region", "eu-west-1");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("InvalidParameterValue", "smaller capacity", "recent Spot usage");
    }

    @Test
    void badOptionsAreRefusedBeforeSigningIn() {
        assertThat(cli.run("scores", "-t", TYPES, "--capacity", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("scores", "-t", TYPES, "--capacity", "5", "--unit", "cores").err()).contains("--unit");
        assertThat(cli.run("scores", "--capacity", "5").err()).contains("either --type or --vcpus");
        assertThat(cli.run("scores", "--vcpus", "8-2", "--capacity", "5").err())
                .contains("--vcpus: N (exactly N), N-M, or N- for no maximum");
        assertThat(cli.run("scores", "-t", TYPES, "--capacity", "5", "--region", "eu-west-1", "--all-regions")
                .exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void requirementsScoreInsteadOfTypes() {
        var result = cli.run("scores", "--vcpus", "2-4", "--memory-mib", "4096-", "--capacity", "5",
                "--region", "eu-west-1", "-o", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(LocalPlacementScores.score("vcpu 2-4 mib 4096-", 5, "units", "eu-west-1", "")
                + ",eu-west-1,");
    }

    private record Expected(String region, int score) {
    }

    private static List<Expected> expected(List<String> regions, int capacity) {
        var all = new ArrayList<Expected>();
        regions.forEach(r -> all.add(new Expected(r, LocalPlacementScores.score(SORTED, capacity, "units", r, ""))));
        all.sort(Comparator.comparingInt(Expected::score).reversed().thenComparing(Expected::region));
        return all;
    }
}
