package org.spotspec.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SpanKey;
import org.spotspec.testing.AwsStub;
import org.spotspec.userdirs.UserDirs;

/**
 * A real {@code spotspec archive sync} process killed (SIGKILL) while one region still pages: the
 * archive opens consistent, with the finished region stored and covered and the other neither;
 * the next sync fetches that region's 90 days and, of the finished one, only the minutes since.
 */
class CliSyncKillTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";
    private static final SpanKey EU = new SpanKey("eu-west-1", "m5.large", LINUX);
    private static final SpanKey US = new SpanKey("us-east-1", "m5.large", LINUX);

    @TempDir
    Path home;
    private AwsStub aws;

    @BeforeEach
    void stub() {
        aws = new AwsStub();
        aws.callerIdentity();
        var hourAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        aws.ec2Page(ACTION, "eu-west-1", null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.038600", hourAgo))));
        aws.ec2Page(ACTION, "us-east-1", null, spotPricePage("page2", List.of(
                spotPriceItem("us-east-1a", "m5.large", LINUX, "0.031000", hourAgo))));
        pageTwo(60_000); // the sync is killed while it waits for this
    }

    private void pageTwo(int delayMillis) {
        aws.server().stubFor(AwsStub.action(ACTION).withHeader("Authorization", containing("/us-east-1/ec2/"))
                .withRequestBody(containing("NextToken=page2")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/xml").withFixedDelay(delayMillis).withBody(spotPricePage("",
                                List.of(spotPriceItem("us-east-1b", "m5.large", LINUX, "0.032000",
                                        Instant.now().minus(Duration.ofHours(2))))))));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aKilledSyncLeavesAConsistentArchiveAndTheNextOneResumes() throws Exception {
        var killed = start();
        await(() -> aws.bodies(ACTION).stream().anyMatch(b -> b.contains("NextToken=page2")) && covered(EU));
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (var archive = PriceArchives.openEmbedded(archiveFile())) {
            assertThat(archive.coverage(EU)).hasSize(1);
            assertThat(archive.coverage(US)).isEmpty();
            assertThat(archive.status()).extracting(s -> s.key().region()).containsOnly("eu-west-1");
        }

        pageTwo(0);
        var again = start();
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(again.exitValue()).isZero();
        try (var archive = PriceArchives.openEmbedded(archiveFile())) {
            assertThat(archive.coverage(US)).hasSize(1);
            assertThat(archive.status()).hasSize(3);
        }
        var eu = windows("eu-west-1");
        assertThat(eu).hasSize(2);
        assertThat(eu.get(1).get("StartTime")).as("only the minutes since the killed sync")
                .isEqualTo(eu.get(0).get("EndTime"));
    }

    private List<Map<String, String>> windows(String region) {
        return aws.requests(ACTION).stream().filter(r -> AwsStub.signedRegion(r).equals(region))
                .map(r -> AwsStub.form(r.getBodyAsString())).toList();
    }

    private Path archiveFile() {
        return PriceArchives.embeddedFile(new UserDirs(Map.of(), System.getProperty("os.name"), home));
    }

    private boolean covered(SpanKey key) {
        if (!archiveFile().toFile().exists()) {
            return false;
        }
        try (var archive = PriceArchives.openEmbedded(archiveFile())) {
            return !archive.coverage(key).isEmpty();
        } catch (org.spotspec.archive.ArchiveException e) {
            return false; // the sync holds the write lock a moment: look again
        }
    }

    private Process start() throws IOException {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.spotspec.Launcher", "archive", "sync",
                "-t", "m5.large", "--region", "eu-west-1,us-east-1"));
        var builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                java.nio.file.Files.writeString(home.resolve("stdin.txt"), "").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("XDG_")
                || k.startsWith("SPOTSPEC_"));
        builder.environment().putAll(CliHarness.testEnvironment(home, aws));
        return builder.redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile())
                .start();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sync did not get that far in 60 s");
            }
            Thread.sleep(100); // a process on its own: nothing to be told by, so look again
        }
    }
}
