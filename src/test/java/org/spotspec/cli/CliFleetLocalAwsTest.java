package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.demo.LocalAws;

/**
 * {@code spotspec launch --api create-fleet} end to end against a started LocalAws, whose EC2
 * keeps what was launched: the instances show up in {@code spotspec instances}, a type forced to
 * have no capacity shows its error per pool, and a dry run creates nothing.
 */
class CliFleetLocalAwsTest {
    private static final String REGION = "eu-west-1";

    @RegisterExtension
    final CliHarness cli = new CliHarness();
    private LocalAws aws;

    private void start(Set<String> noCapacity) throws IOException {
        aws = new LocalAws(Clock.systemUTC(), false, notice -> { }, noCapacity);
        int port = aws.start(0);
        cli.env("AWS_ENDPOINT_URL", "http://127.0.0.1:" + port);
    }

    @AfterEach
    void stop() {
        if (aws != null) {
            aws.stop();
        }
    }

    private String image() {
        return aws.imageIds(REGION).get(0);
    }

    private String subnets() {
        var ids = aws.subnetIds(REGION);
        return ids.get(0) + "," + ids.get(1);
    }

    @Test
    void twoTypesInTwoSubnetsLaunchInstancesThatSpotspecInstancesLists() throws IOException {
        start(Set.of());

        var launch = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large,c5.large",
                "--subnet", subnets(), "-n", "2", "--tag", "Name=fleet-demo", "-o", "json");

        assertThat(launch.exitCode()).as(launch.err()).isEqualTo(ExitCode.OK);
        var rows = Parsed.json(launch.out());
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("result", "launched")
                .containsEntry("lifecycle", "spot"));
        var ids = rows.stream().flatMap(r -> List.of(String.valueOf(r.get("instanceIds")).split(",")).stream())
                .toList();
        assertThat(ids).hasSize(2);
        assertThat(rows).as("spread over two pools").hasSize(2);
        assertThat(launch.err()).contains("Created launch template spotspec-20261127-100000-",
                "aws ec2 delete-launch-template --launch-template-id lt-", "launched 2 of 2");

        var listed = Parsed.json(cli.run("instances", "-o", "json").out());
        assertThat(listed).filteredOn(i -> ids.contains(i.get("id")))
                .hasSize(2).allSatisfy(i -> assertThat(i).containsEntry("name", "fleet-demo"));
        assertThat(aws.instanceStates(REGION)).containsKeys(ids.toArray(String[]::new));
    }

    @Test
    void aTypeWithoutCapacityShowsItsErrorPerPoolWhileTheOtherTypeLaunches() throws IOException {
        start(Set.of("m5.large"));

        var launch = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large,c5.large",
                "--subnet", subnets(), "-n", "2", "--on-demand-base", "1", "--strategy", "lowest-price", "-o", "json");

        assertThat(launch.exitCode()).as(launch.err()).isEqualTo(ExitCode.OK);
        var rows = Parsed.json(launch.out());
        assertThat(rows).filteredOn(r -> "InsufficientInstanceCapacity".equals(r.get("result")))
                .extracting(r -> r.get("instanceType") + " " + r.get("lifecycle") + " " + r.get("capacityError"))
                .containsExactlyInAnyOrder("m5.large spot true", "m5.large spot true", "m5.large on-demand true",
                        "m5.large on-demand true");
        assertThat(rows).filteredOn(r -> "launched".equals(r.get("result")))
                .extracting(r -> r.get("instanceType") + " " + r.get("lifecycle"))
                .containsExactlyInAnyOrder("c5.large spot", "c5.large on-demand");
        assertThat(launch.err()).contains("InsufficientInstanceCapacity — other types or zones may have capacity");
    }

    @Test
    void aSingleTypeLaunchOfATypeWithoutCapacityFailsAsEc2DoesAndPointsToAFleet() throws IOException {
        start(Set.of("m5.large"));
        cli.run("instances"); // the region's own instances, seeded at its first call
        var before = aws.instanceStates(REGION).keySet();

        var run = cli.run("launch", "--image", image(), "-t", "m5.large");
        var request = cli.run("launch", "--api", "request-spot-instances", "--image", image(), "-t", "m5.large",
                "-o", "json");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(run.err()).contains("InsufficientInstanceCapacity");
        assertThat(request.exitCode()).as(request.err()).isEqualTo(ExitCode.OK);
        assertThat(aws.instanceStates(REGION).keySet()).as("nothing launched").isEqualTo(before);
    }

    @Test
    void launchingLessThanAskedExitsPartialAndNothingExitsAsAnAwsError() throws IOException {
        start(Set.of("m5.large"));

        var partial = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "c5.large",
                "-n", "30");
        var nothing = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large",
                "--subnet", subnets(), "-n", "1");

        assertThat(partial.exitCode()).as(partial.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(partial.out()).contains("MaxSpotInstanceCountExceeded");
        assertThat(nothing.exitCode()).as(nothing.err()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(nothing.err()).contains("launched 0 of 1");
    }

    @Test
    void aDryRunCreatesNoTemplateAndNoInstance() throws IOException {
        start(Set.of());
        cli.run("instances"); // the region's first call seeds it
        Map<String, String> before = aws.instanceStates(REGION);

        var dry = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large,c5.large",
                "--subnet", subnets(), "-n", "2", "--dry-run", "-o", "json");
        var existing = cli.run("launch", "--api", "create-fleet", "--launch-template", "no-such-template",
                "-t", "m5.large", "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCode.OK);
        assertThat(Parsed.json(dry.out())).extracting(r -> r.get("api") + " " + r.get("dryRun"))
                .containsExactly("CreateLaunchTemplate would-succeed", "CreateFleet not-checked");
        assertThat(aws.instanceStates(REGION)).isEqualTo(before);
        assertThat(existing.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(existing.err()).contains("InvalidLaunchTemplateName.NotFoundException",
                "no launch template with this id or name");
    }

    @Test
    void anExistingTemplateIsLaunchedByName() throws IOException {
        start(Set.of());
        var first = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "c5.large", "-n", "1");
        var name = first.err().replaceAll("(?s).*Created launch template (\\S+) .*", "$1");

        var again = cli.run("launch", "--api", "create-fleet", "--launch-template", name, "-t", "m5.large,c5.large",
                "-n", "1", "-o", "json");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).doesNotContain("Created launch template").contains(name + " version $Default");
    }

    @Test
    void optionsAreCheckedBeforeAnythingIsSent() throws IOException {
        start(Set.of());

        var severalTypes = cli.run("launch", "--image", image(), "-t", "m5.large,c5.large");
        var strategyElsewhere = cli.run("launch", "--image", image(), "-t", "m5.large", "--strategy", "lowest-price");
        var tooManyOnDemand = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large",
                "-n", "2", "--on-demand-base", "3");
        var templateAndImage = cli.run("launch", "--api", "create-fleet", "--launch-template", "lt-0a20c965061f64abc",
                "--image", image(), "-t", "m5.large");
        var badStrategy = cli.run("launch", "--api", "create-fleet", "--image", image(), "-t", "m5.large",
                "--strategy", "cheapest");

        assertThat(List.of(severalTypes, strategyElsewhere, tooManyOnDemand, templateAndImage, badStrategy))
                .extracting(CliHarness.Result::exitCode).containsOnly(ExitCode.USAGE);
        assertThat(severalTypes.err()).contains("several need --api create-fleet");
        assertThat(strategyElsewhere.err()).contains("--strategy: only with --api create-fleet");
        assertThat(tooManyOnDemand.err()).contains("cannot exceed the number of instances");
        assertThat(templateAndImage.err()).contains("The launch template fixes --image");
        assertThat(badStrategy.err()).contains("price-capacity-optimized (recommended)");
        assertThat(aws.instanceStates(REGION)).as("no call reached EC2").isEmpty();
    }
}
