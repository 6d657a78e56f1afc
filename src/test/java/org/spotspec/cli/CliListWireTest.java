package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.testing.AwsStub;

/** {@code spotspec requests} and {@code spotspec instances} over the wire: filters, pages, formats, errors. */
class CliListWireTest {
    private static final String REQUESTS = "DescribeSpotInstanceRequests";
    private static final String INSTANCES = "DescribeInstances";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private void stubRequests() {
        cli.aws().ec2Page(REQUESTS, "eu-west-1", null, describeSpotRequests("page-2",
                spotRequest("sir-1a2b3c4d", "active", "fulfilled", "persistent", "i-0aaa1111bbbb22223",
                        "2026-11-27T06:50:00.000Z")));
        cli.aws().ec2Page(REQUESTS, "eu-west-1", "page-2", describeSpotRequests(null,
                spotRequest("sir-2b3c4d5e", "open", "price-too-low", "one-time", "", "2026-11-27T06:55:00.000Z")));
    }

    @Test
    void requestsFilteredByStateSendEc2sStateFilterAndFollowPages() {
        stubRequests();

        var result = cli.run("requests", "--state", "open,ACTIVE");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.bodies(REQUESTS)).hasSize(2).allSatisfy(b -> assertThat(AwsStub.form(b))
                .containsEntry("Filter.1.Name", "state").containsEntry("Filter.1.Value.1", "open")
                .containsEntry("Filter.1.Value.2", "active").containsEntry("MaxResults", "1000"));
        var lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("REQUEST       STATE   STATUS         TYPE");
        assertThat(lines.get(1)).startsWith("sir-1a2b3c4d  active  fulfilled      persistent")
                .contains("0.050000", "i-0aaa1111bbbb22223", "2026-11-27T06:50:00Z");
        assertThat(lines.get(2)).startsWith("sir-2b3c4d5e  open    price-too-low  one-time").contains(" - ");
        assertThat(lines.get(1).indexOf("0.050000") + 8).isEqualTo(lines.get(0).indexOf("MAX PRICE") + 9);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void requestsInEveryFormatCarryTheSameRequests(OutputFormat format) {
        stubRequests();

        var result = cli.run("requests", "-o", format.name().toLowerCase());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.bodies(REQUESTS).get(0)).doesNotContain("Filter");
        List<String> ids = switch (format) {
            case JSON -> Parsed.json(result.out()).stream().map(o -> (String) o.get("id")).toList();
            case CSV -> Parsed.csv(result.out()).stream().map(r -> r.get("id")).toList();
            case TABLE -> result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
        };
        assertThat(ids).containsExactly("sir-1a2b3c4d", "sir-2b3c4d5e");
    }

    @Test
    void requestsAsJsonHaveCamelCaseFieldsNumbersAndIsoTimes() {
        stubRequests();

        Map<String, Object> first = Parsed.json(cli.run("requests", "-o", "json").out()).get(0);

        assertThat(first).containsEntry("statusMessage", "Your spot request is fulfilled.")
                .containsEntry("availabilityZone", "eu-west-1a").containsEntry("validUntil", "2026-11-27T07:15:00Z")
                .containsEntry("interruptionBehavior", "terminate").containsEntry("keyName", "alice-laptop");
        assertThat(first.get("maxPrice")).isInstanceOf(Number.class);
    }

    @Test
    void instancesAskForSpotOnlyAndTheStatesGiven() {
        cli.aws().ec2Page(INSTANCES, "eu-west-1", null, describeInstances(null,
                instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d")));

        var result = cli.run("instances", "--state", "running,pending", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(AwsStub.form(cli.bodies(INSTANCES).get(0))).containsEntry("Filter.1.Name", "instance-lifecycle")
                .containsEntry("Filter.1.Value.1", "spot").containsEntry("Filter.2.Name", "instance-state-name")
                .containsEntry("Filter.2.Value.1", "running").containsEntry("Filter.2.Value.2", "pending");
        assertThat(Parsed.csv(result.out())).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("id", "i-0aaa1111bbbb22223").containsEntry("state", "running")
                .containsEntry("spot_request_id", "sir-1a2b3c4d").containsEntry("instance_type", "m5.large"));
    }

    @Test
    void allLeavesOutTheSpotFilter() {
        cli.aws().ec2Page(INSTANCES, "eu-west-1", null, describeInstances(null,
                instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d"), instance("i-0bbb1111bbbb22223", "running",
                        "")));

        var result = cli.run("instances", "--all", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.bodies(INSTANCES).get(0)).doesNotContain("Filter");
        assertThat(Parsed.json(result.out())).extracting(o -> o.get("spotRequestId")).containsExactly("sir-1a2b3c4d",
                "");
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void instancesInEveryFormatCarryTheSameInstances(OutputFormat format) {
        cli.aws().ec2Page(INSTANCES, "eu-west-1", null, describeInstances(null,
                instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d"),
                instance("i-0bbb1111bbbb22223", "stopped", "sir-2b3c4d5e")));

        var result = cli.run("instances", "--output", format.name());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        List<String> rows = switch (format) {
            case JSON -> Parsed.json(result.out()).stream().map(o -> o.get("id") + " " + o.get("state")).toList();
            case CSV -> Parsed.csv(result.out()).stream().map(r -> r.get("id") + " " + r.get("state")).toList();
            case TABLE -> result.out().lines().skip(1).map(l -> l.replaceAll("^(\\S+)\\s+(\\S+).*", "$1 $2")).toList();
        };
        assertThat(rows).containsExactly("i-0aaa1111bbbb22223 running", "i-0bbb1111bbbb22223 stopped");
    }

    @ParameterizedTest
    @CsvSource({"requests, " + REQUESTS + ", List spot requests", "instances, " + INSTANCES + ", List spot instances"})
    void anAwsErrorIsExplainedOnStderrWithExitOne(String command, String action, String headline) {
        cli.aws().ec2Error(action, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var result = cli.run(command, "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("spotspec: " + headline + " failed: UnauthorizedOperation",
                "Your IAM policy does not allow this action.", "Request id: ea966190-f9aa-478e-9ede-example",
                "the README's \"IAM policy\" lists what SpotSpec needs", "(--mfa-serial, or mfa_serial in the profile)")
                .doesNotContain("Help →");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "requests --state running|--state: 'running' is not one of open, active",
        "instances --state open|--state: 'open' is not one of pending, running",
        "cancel --region eu-west-1,eu-west-2 --yes sir-1a2b3c4d|one region at a time",
        "terminate --region eu-west-1 --region eu-west-2 --yes i-0aaa1111bbbb22223|one region at a time",
        "instances --region eu-west-1,nowhere|--region",
        "requests -o xml|--output"})
    void wrongOptionsAreUsageErrorsBeforeAnyRequest(String args, String message) {
        var result = cli.run(args.split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message);
        assertThat(cli.requestCount()).isZero();
    }

    @Test
    void requestsOfSeveralRegionsAreReadEachInItsOwnRegionWithARegionColumn() {
        cli.aws().ec2Page(REQUESTS, "us-east-1", null, describeSpotRequests(null,
                spotRequest("sir-0us1east", "active", "fulfilled", "i-0aaa1111bbbb22223")));
        cli.aws().ec2Page(REQUESTS, "eu-west-1", null, describeSpotRequests(null,
                spotRequest("sir-0eu1west", "open", "price-too-low", "")));

        var result = cli.run("requests", "--region", "us-east-1,eu-west-1", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.json(result.out())).extracting(o -> o.get("region") + " " + o.get("id"))
                .containsExactly("us-east-1 sir-0us1east", "eu-west-1 sir-0eu1west");
        assertThat(cli.aws().requests(REQUESTS)).extracting(AwsStub::signedRegion)
                .containsExactlyInAnyOrder("us-east-1", "eu-west-1");
        var table = cli.run("requests", "--region", "us-east-1", "--region", "eu-west-1");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("REGION");
        assertThat(table.out()).contains("us-east-1", "eu-west-1");
    }

    @Test
    void aFailingRegionIsReportedOnStderrWhileTheOthersArePrintedWithExitFive() {
        cli.aws().ec2Page(INSTANCES, "us-east-1", null, describeInstances(null,
                instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d")));
        cli.aws().ec2Error(INSTANCES, "eu-west-1", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");

        var result = cli.run("instances", "--region", "us-east-1,eu-west-1", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(Parsed.csv(result.out())).extracting(r -> r.get("region") + " " + r.get("id"))
                .containsExactly("us-east-1 i-0aaa1111bbbb22223");
        assertThat(result.err()).contains("List spot instances in eu-west-1 failed: UnauthorizedOperation")
                .doesNotContain("us-east-1 failed");
    }

    @Test
    void everyRegionFailingIsAnAwsError() {
        cli.aws().ec2Error(REQUESTS, null, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var result = cli.run("requests", "--region", "us-east-1,eu-west-1");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("UnauthorizedOperation");
    }
}
