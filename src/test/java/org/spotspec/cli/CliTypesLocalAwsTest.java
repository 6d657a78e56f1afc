package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.demo.LocalAws;

/**
 * {@code spotspec types} against a started LocalAws: the types that meet vCPU and memory
 * requirements, the AMI's architecture, and bad options refused before any request (those run
 * against the harness's own stub, which sees nothing).
 * LocalAws's types are x86_64, with 2 vCPUs per .large and 4 (c), 8 (m) or 16 (r) GiB per .large.
 */
class CliTypesLocalAwsTest {
    @RegisterExtension
    final CliHarness cli = new CliHarness();
    private LocalAws aws;

    private void startLocalAws() throws IOException {
        aws = new LocalAws(Clock.systemUTC(), false, notice -> { }, Set.of());
        cli.env("AWS_ENDPOINT_URL", "http://127.0.0.1:" + aws.start(0));
    }

    @AfterEach
    void stop() {
        if (aws != null) {
            aws.stop();
        }
    }

    @Test
    void listsTheTypesThatMeetTheRequirementsAndHowToPassThemOn() throws IOException {
        startLocalAws();
        var result = cli.run("types", "--vcpus", "2", "--memory-mib", "8192", "-o", "csv");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        var types = result.out().lines().skip(1).toList();
        assertThat(types).contains("m5.large").doesNotContain("c5.large", "r5.large", "m5.xlarge");
        assertThat(result.err()).contains(types.size() + " types in eu-west-1; as -t: " + String.join(",", types));
    }

    @Test
    void openRangesAndTheAmisArchitecture() throws IOException {
        startLocalAws();
        var wide = cli.run("types", "--vcpus", "4-", "-o", "csv");
        assertThat(wide.out().lines().skip(1).toList()).contains("m5.xlarge").doesNotContain("m5.large");

        var image = aws.imageIds("eu-west-1").get(0);
        var x86 = cli.run("types", "--vcpus", "2", "--image", image, "-o", "csv");
        assertThat(x86.exitCode()).as(x86.err()).isEqualTo(ExitCode.OK);
        assertThat(x86.out().lines().skip(1).toList()).isNotEmpty();

        var arm = cli.run("types", "--vcpus", "2", "--arch", "arm64");
        assertThat(arm.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(arm.err()).contains("No instance type meets these requirements in eu-west-1.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--vcpus 0|at least 1 vCPU",
        "--vcpus 8-2|the maximum not below the minimum",
        "--vcpus two|--vcpus: N (exactly N), N-M, or N- for no maximum",
        "--vcpus 2 --memory-mib 8192-4096|--memory-mib: N (exactly N)",
        "--vcpus 2 --arch sparc|--arch: one of",
        "--vcpus 2 --arch arm64 --image ami-0abcdef1234567890|give one",
        "--vcpus 2 --image ami-12|--image"})
    void badOptionsAreRefusedBeforeAnyRequest(String args, String message) {
        var result = cli.run(("types " + args).split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message);
        assertThat(cli.aws().server().getAllServeEvents()).as("the harness's endpoint was not asked").isEmpty();
    }
}
