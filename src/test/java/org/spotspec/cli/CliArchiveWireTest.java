package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SpanKey;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;
import org.spotspec.testing.AwsStub;
import org.spotspec.userdirs.UserDirs;

/** {@code spotspec archive sync|status|export} and {@code prices --range 1y}, end to end against the local stub. */
class CliArchiveWireTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private void stubEuWestAndFailUsEast() {
        var hourAgo = CliHarness.NOW.minus(Duration.ofHours(1));
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", hourAgo),
                spotPriceItem("eu-west-1b", "c5.large", LINUX, "0.035100", hourAgo.minusSeconds(600)))));
        cli.aws().ec2Error(ACTION, "us-east-1", 403, "UnauthorizedOperation", "You are not authorized.");
    }

    private Path archiveFile() {
        return new UserDirs(Map.of(), System.getProperty("os.name"), cli.home()).data().resolve(PriceArchives.FILE_NAME);
    }

    @Test
    void syncWithAFailingRegionExitsPartialAndStatusAndExportShowWhatWasStored() throws Exception {
        stubEuWestAndFailUsEast();

        var sync = cli.run("archive", "sync", "-t", "m5.large,c5.large", "--region", "eu-west-1,us-east-1", "-o", "csv");
        var again = cli.run("archive", "sync", "-t", "m5.large,c5.large", "--region", "eu-west-1");
        var status = cli.run("archive", "status", "-o", "json");
        var file = cli.home().resolve("export.csv");
        var export = cli.run("archive", "export", "-t", "m5.large", "--region", "eu-west-1", "--from", "2026-11-01",
                "--file", file.toString());

        assertThat(sync.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(Parsed.csv(sync.out())).extracting(r -> r.get("region") + " " + r.get("records") + " "
                + r.get("status")).containsExactly("eu-west-1 2 ok", "us-east-1 0 failed");
        assertThat(sync.err()).contains("UnauthorizedOperation").doesNotContain("\r");
        var windows = cli.bodies(ACTION).stream().map(AwsStub::form).map(f -> f.get("StartTime") + " " + f.get("EndTime"))
                .distinct().toList();
        assertThat(windows).as("90 days the first time; nothing more at the same instant")
                .containsExactly("2026-08-29T10:00:00Z 2026-11-27T10:00:00Z");
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.json(status.out())).extracting(r -> r.get("availabilityZone") + " " + r.get("instanceType")
                + " " + r.get("rows") + " " + r.get("gaps")).containsExactly("eu-west-1a m5.large 1 0",
                "eu-west-1b c5.large 1 0");
        assertThat(status.err()).contains(archiveFile().toString());
        assertThat(export.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.csv(Files.readString(file))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("instance_type", "m5.large").containsEntry("price", "0.038600")
                .containsEntry("time", "2026-11-27T09:00:00Z"));
    }

    @Test
    void pricesForAYearShowWhatTheArchiveHoldsBeyondNinetyDaysAndSayWhereItHasGaps() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", LINUX);
        var old = new PriceHistory.Builder(CliHarness.NOW.minus(Duration.ofDays(300)),
                CliHarness.NOW.minus(Duration.ofDays(200))).add(key,
                CliHarness.NOW.minus(Duration.ofDays(250)).toEpochMilli(), 20_000).build();
        try (var archive = PriceArchives.openEmbedded(archiveFile())) {
            archive.write(new ArchiveBatch(old, List.of(SpanKey.of(key)), old.start(), old.end()));
        }
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", CliHarness.NOW.minus(Duration.ofDays(2))))));

        var result = cli.run("prices", "-t", "m5.large", "--range", "1y", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.csv(result.out())).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("min", "0.020000").containsEntry("latest", "0.038600"));
        assertThat(result.err()).contains("No prices of m5.large (Linux/UNIX) in eu-west-1 from 2026-05-11T10:00:00Z");
        assertThat(AwsStub.form(cli.bodies(ACTION).get(0))).containsEntry("StartTime", "2026-08-29T10:00:00Z");
    }

    @Test
    void withoutNetworkPricesAnswerFromTheArchiveAndSaySoOrFailWhenItHoldsNothing() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", LINUX);
        var held = new PriceHistory.Builder(CliHarness.NOW.minus(Duration.ofDays(10)), CliHarness.NOW.minus(Duration.ofDays(1)))
                .add(key, CliHarness.NOW.minus(Duration.ofDays(5)).toEpochMilli(), 38_600).build();
        try (var archive = PriceArchives.openEmbedded(archiveFile())) {
            archive.write(new ArchiveBatch(held, List.of(SpanKey.of(key)), held.start(), held.end()));
        }
        cli.env("AWS_ENDPOINT_URL", "http://127.0.0.1:1"); // nothing listens there: connection refused

        var held1 = cli.run("prices", "-t", "m5.large", "--range", "30d", "-o", "csv");
        var none = cli.run("prices", "-t", "c5.large", "--range", "30d", "-o", "csv");
        var bypassed = cli.run("prices", "-t", "m5.large", "--range", "30d", "--no-archive");

        assertThat(held1.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.csv(held1.out())).singleElement().satisfies(r -> assertThat(r).containsEntry("latest", "0.038600"));
        assertThat(held1.err()).contains("Could not connect", "Offline: AWS could not be reached; showing the price archive.");
        assertThat(none.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(none.err()).contains("holds no prices for this query either");
        assertThat(none.out()).isEmpty();
        assertThat(bypassed.exitCode()).as("--no-archive: the sign-in failure as before").isEqualTo(ExitCode.AWS_ERROR);
        assertThat(bypassed.err()).contains("Sign in failed").doesNotContain("Offline");
    }

    @Test
    void aSyncWithAnArchiveThatCannotBeOpenedSaysWhyAndFails() {
        var result = cli.run("archive", "sync", "-t", "m5.large", "--archive-url", "jdbc:mysql://db/spot");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("jdbc:postgresql://");
        assertThat(cli.bodies(ACTION)).isEmpty();
    }

    @Test
    void noArchiveIsAUsageErrorForSyncStatusAndExport() {
        assertThat(cli.run("archive", "sync", "-t", "m5.large", "--no-archive").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("archive", "status", "--no-archive").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("archive", "export", "-t", "m5.large", "--from", "2026-11-01", "--no-archive").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Files.exists(archiveFile())).isFalse();
    }
}
