package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.Ec2Fixtures;

/**
 * The real entry point in its own JVM, as a user runs it: {@code Launcher requests} signs in and
 * lists over HTTP, standard output holds the JSON alone (logs on stderr, also with
 * {@code --verbose}), the exit code arrives, and no JavaFX class is ever loaded.
 */
class CliProcessTest {
    @TempDir
    Path home;

    private AwsStub aws;

    @BeforeEach
    void stub() {
        aws = new AwsStub();
        aws.callerIdentity();
        aws.ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null,
                Ec2Fixtures.spotRequest("sir-1a2b3c4d", "open", "pending-evaluation", "")));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aCommandRunsHeadlessWithOnlyTheResultOnStandardOutput() throws Exception {
        var classLog = home.resolve("classes.log");
        var run = launch(List.of("-Xlog:class+load=info:file=" + classLog), "requests", "-o", "json", "--verbose");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Parsed.json(run.out())).singleElement().satisfies(o -> assertThat(o).containsEntry("id",
                "sir-1a2b3c4d"));
        assertThat(run.err()).contains("DescribeSpotInstanceRequests succeeded");
        var loaded = Files.readAllLines(classLog);
        assertThat(loaded).as("classes loaded").anyMatch(l -> l.contains("org.spotspec.cli.Cli "));
        assertThat(loaded).as("JavaFX classes loaded").noneMatch(l -> l.contains("javafx."));
    }

    @Test
    void theExitCodeReachesTheShell() throws Exception {
        var run = launch(List.of(), "terminate", "i-0aaa1111bbbb22223");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
        assertThat(run.out()).isEmpty();
    }

    private CliHarness.Result launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.spotspec.Launcher"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(emptyFile().toFile()));
        var env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.putAll(CliHarness.testEnvironment(home, aws));
        var out = home.resolve("out.txt");
        var err = home.resolve("err.txt");
        var process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new CliHarness.Result(process.exitValue(), Files.readString(out, Charset.defaultCharset()),
                Files.readString(err, Charset.defaultCharset()));
    }

    private Path emptyFile() throws IOException {
        var file = home.resolve("stdin.txt");
        Files.writeString(file, "");
        return file;
    }
}
