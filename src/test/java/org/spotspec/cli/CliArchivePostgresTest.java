package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.RealPostgres;

/** {@code spotspec archive sync} into a real PostgreSQL team archive, then its status read back: no file made. */
@ExtendWith(RealPostgres.class)
class CliArchivePostgresTest {
    private static final String ACTION = "DescribeSpotPriceHistory";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    @Test
    void aSyncFillsTheTeamArchiveAndStatusReadsItBack(RealPostgres.Server server) throws Exception {
        var url = server.freshSchemaUrl() + (server.user() == null ? "" : "&user=" + server.user());
        cli.env("PGPASSWORD", server.password());
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(spotPriceItem("eu-west-1a", "m5.large",
                "Linux/UNIX", "0.038600", CliHarness.NOW.minus(Duration.ofHours(1))))));

        var sync = cli.env("SPOTSPEC_ARCHIVE_URL", url).run("archive", "sync", "-t", "m5.large", "--region", "eu-west-1");
        var status = cli.env("SPOTSPEC_ARCHIVE_URL", null).run("archive", "status", "--archive-url", url, "-o", "csv");

        assertThat(sync.exitCode()).as(sync.err()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.csv(status.out())).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("availability_zone", "eu-west-1a").containsEntry("rows", "1"));
        assertThat(status.err()).contains("jdbc:postgresql://");
        if (server.password() != null) {
            assertThat(sync.all() + status.all()).doesNotContain(server.password());
        }
        try (var files = Files.walk(cli.home())) {
            assertThat(files.filter(f -> f.toString().endsWith(".db"))).as("no embedded file").isEmpty();
        }
    }
}
