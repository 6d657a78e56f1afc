package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.testing.AwsStub;

/** {@code spotspec prices} over the wire: the query EC2 receives, the three outputs, partial failures. */
class CliPricesWireTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private void stubTwoRegions() {
        var hourAgo = CliHarness.NOW.minus(Duration.ofHours(1));
        var dayAgo = CliHarness.NOW.minus(Duration.ofHours(20));
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", hourAgo),
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.036000", dayAgo),
                spotPriceItem("eu-west-1b", "c5.large", LINUX, "0.035100", dayAgo))));
        cli.aws().ec2Page(ACTION, "us-east-1", null, spotPricePage("", List.of(
                spotPriceItem("us-east-1a", "c5.large", LINUX, "0.034780", hourAgo))));
    }

    @Test
    void twoTypesInTwoRegionsAsCsvSendTheQueryToEachRegionAndParse() {
        stubTwoRegions();

        var result = cli.run("prices", "-t", "m5.large,c5.large", "--region", "eu-west-1", "--region", "us-east-1",
                "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        var requests = cli.aws().requests(ACTION);
        assertThat(requests).extracting(AwsStub::signedRegion).containsExactlyInAnyOrder("eu-west-1", "us-east-1");
        assertThat(requests).allSatisfy(r -> assertThat(r.getBodyAsString()).contains("InstanceType.1=m5.large",
                "InstanceType.2=c5.large", "ProductDescription.1=Linux%2FUNIX", "MaxResults=1000",
                "StartTime=2026-11-26T10%3A00%3A00Z", "EndTime=2026-11-27T10%3A00%3A00Z"));
        var rows = Parsed.csv(result.out());
        assertThat(rows).extracting(r -> r.get("region") + " " + r.get("availability_zone") + " "
                + r.get("instance_type") + " " + r.get("latest")).containsExactly(
                "eu-west-1 eu-west-1a m5.large 0.038600", "eu-west-1 eu-west-1b c5.large 0.035100",
                "us-east-1 us-east-1a c5.large 0.034780");
        assertThat(rows.get(0)).containsEntry("min", "0.036000").containsEntry("max", "0.038600")
                .containsEntry("latest_time", "2026-11-27T09:00:00Z").containsEntry("product", LINUX);
    }

    @Test
    void theLatestPricesAsJsonAreNumbersAndIsoTimes() {
        stubTwoRegions();

        var json = Parsed.json(cli.run("prices", "-t", "m5.large,c5.large", "--region", "eu-west-1,us-east-1",
                "-o", "json").out());

        assertThat(json).hasSize(3);
        assertThat(json.get(0)).containsEntry("region", "eu-west-1").containsEntry("availabilityZone", "eu-west-1a")
                .containsEntry("instanceType", "m5.large").containsEntry("latestTime", "2026-11-27T09:00:00Z")
                .containsEntry("shareAtOrBelowMaxPrice", null);
        assertThat(json.get(0).get("latest")).isInstanceOf(Number.class)
                .satisfies(n -> assertThat(((Number) n).doubleValue()).isEqualTo(0.0386));
    }

    @Test
    void aPriceSetBeforeTheRangeIsDatedWhenItWasSetNotAtTheRangesStart() {
        // DescribeSpotPriceHistory also returns the last change before StartTime: here 40 days ago.
        var longAgo = CliHarness.NOW.minus(Duration.ofDays(40));
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", longAgo))));

        var csv = Parsed.csv(cli.run("prices", "-t", "m5.large", "-o", "csv").out());
        var table = cli.run("prices", "-t", "m5.large");
        var history = cli.run("prices", "-t", "m5.large", "--history");

        assertThat(csv).singleElement().satisfies(r -> assertThat(r).containsEntry("latest", "0.038600")
                .containsEntry("latest_time", "2026-10-18T10:00:00Z"));
        assertThat(table.out()).contains("2026-10-18T10:00:00Z").doesNotContain("2026-11-26T10:00:00Z");
        assertThat(history.out()).contains("2026-10-18T10:00:00Z").doesNotContain("2026-11-26T10:00:00Z");
    }

    @Test
    void historyListsEveryChangeInTheRangeAndFiltersZonesOnTheWire() {
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", CliHarness.NOW.minus(Duration.ofDays(2))),
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.036000", CliHarness.NOW.minus(Duration.ofDays(5))))));

        var result = cli.run("prices", "-t", "m5.large", "--az", "eu-west-1a", "--range", "7d", "--history",
                "--product", "linux/unix");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.bodies(ACTION)).singleElement().asString().contains("Filter.1.Name=availability-zone",
                "Filter.1.Value.1=eu-west-1a", "StartTime=2026-11-20T10%3A00%3A00Z");
        assertThat(result.out().lines()).containsExactly(
                "REGION     ZONE        TYPE      PRODUCT     TIME                  PRICE $/H",
                "eu-west-1  eu-west-1a  m5.large  Linux/UNIX  2026-11-22T10:00:00Z   0.036000",
                "eu-west-1  eu-west-1a  m5.large  Linux/UNIX  2026-11-25T10:00:00Z   0.038600");
    }

    @Test
    void productsGivenReplaceTheDefaultAndAreSpelledAsEc2Does() {
        cli.aws().ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of()));

        var result = cli.run("prices", "-t", "m5.large", "--product", "windows", "--product", "suse linux (amazon vpc)");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(AwsStub.form(cli.bodies(ACTION).get(0))).containsEntry("ProductDescription.1", "Windows")
                .containsEntry("ProductDescription.2", "SUSE Linux (Amazon VPC)")
                .doesNotContainKey("ProductDescription.3");
        assertThat(result.out().lines()).singleElement().asString().startsWith("REGION");
        assertThat(result.err()).contains("No spot prices for m5.large (Windows, SUSE Linux (Amazon VPC))");
    }

    @Test
    void aFailedRegionIsReportedAndThePricesOfTheOthersStillPrintedWithExitFive() {
        stubTwoRegions();
        cli.aws().ec2Error(ACTION, "us-east-1", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");

        var result = cli.run("prices", "-t", "m5.large", "--region", "eu-west-1,us-east-1", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(Parsed.json(result.out())).extracting(o -> o.get("region")).containsOnly("eu-west-1");
        assertThat(result.err()).contains("Fetch prices in us-east-1 failed: UnauthorizedOperation",
                "Request id: ea966190-f9aa-478e-9ede-example");
    }

    @Test
    void everyRegionFailingIsAnAwsError() {
        cli.aws().ec2Error(ACTION, 400, "InvalidParameterValue", "Invalid product description");

        var result = cli.run("prices", "-t", "m5.large");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("InvalidParameterValue", "Invalid product description");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-t m5|--type",
        "-t m5.large --product Linux|--product",
        "-t m5.large --az eu-west-1|--az",
        "-t m5.large --az us-east-1a|lies in none of the regions",
        "-t m5.large --range 3q|--range",
        "-t m5.large --range 100d --no-archive|90 days",
        "-t m5.large --from 2026-11-27 --to 2026-11-20|--from/--to",
        "-t m5.large --from yesterday|--from",
        "-t m5.large --range 1h --from 2026-11-26|not both",
        "-t m5.large --max-price -1|--max-price",
        "--region eu-west-1|--type"})
    void wrongOptionsAreUsageErrorsBeforeAnyRequest(String args, String named) {
        var result = cli.run(("prices " + args).split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(named);
        assertThat(cli.requestCount()).isZero();
    }
}
