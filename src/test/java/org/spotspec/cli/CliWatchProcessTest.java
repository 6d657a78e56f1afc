package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.demo.LocalAws;
import org.spotspec.testing.TestAws;

/**
 * {@code spotspec watch -o json} as a user runs it: its own JVM against LocalAws. An interruption
 * notice given at LocalAws arrives as one JSON line (and reaches {@code --exec}); SIGTERM ends it
 * with exit code 0.
 */
class CliWatchProcessTest {
    private static final String REGION = "us-east-1";

    @TempDir
    Path home;
    private LocalAws aws;
    private int port;
    private Process process;

    @BeforeEach
    void start() throws IOException {
        aws = new LocalAws();
        port = aws.start(0);
    }

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        aws.stop();
    }

    @Test
    void anInterruptionArrivesAsAJsonLineAndSigtermEndsTheWatchWithZero() throws Exception {
        var received = home.resolve("received.jsonl");
        var hook = home.resolve("hook.sh");
        Files.writeString(hook, "cat >> " + received + "\n");
        var out = home.resolve("out.jsonl");
        var err = home.resolve("err.txt");
        process = launch(out, err, "watch", "--region", REGION, "--interval", "5", "-o", "json", "--no-archive",
                "--exec", "sh " + hook);

        CliWatchWireTest.await(() -> read(err).contains(REGION + ": "));
        var running = aws.instanceStates(REGION).entrySet().stream().filter(e -> e.getValue().equals("running"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        interrupt(running);
        CliWatchWireTest.await(() -> read(out).contains("\"interruption\"") && read(received).contains("\"interruption\""));
        process.destroy(); // SIGTERM on Linux and macOS

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        assertThat(process.exitValue()).as(read(err)).isZero();
        var events = jsonLines(read(out));
        assertThat(events).filteredOn(e -> e.get("kind").equals("interruption")).singleElement().satisfies(e -> {
            assertThat(e).containsKeys("time", "region", "kind", "id", "from", "to", "message", "severity", "account");
            assertThat(e).containsEntry("region", REGION).containsEntry("from", "fulfilled")
                    .containsEntry("to", "marked-for-termination").containsEntry("severity", "urgent");
            assertThat((String) e.get("message")).contains("EC2 will terminate instance " + running, "UTC");
        });
        assertThat(jsonLines(read(received))).anyMatch(e -> e.get("kind").equals("interruption"));
        assertThat(read(err)).contains("Watching " + REGION + " every 5 s", "stopped.");
        assertThat(read(out) + read(err)).doesNotContain(TestAws.SECRET);
    }

    private Process launch(Path out, Path err, String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.spotspec.Launcher"));
        command.addAll(List.of(args));
        var stdin = home.resolve("stdin.txt");
        Files.writeString(stdin, "");
        var builder = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        var env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.putAll(Map.of("HOME", home.toString(), "AWS_ACCESS_KEY_ID", TestAws.KEY_ID,
                "AWS_SECRET_ACCESS_KEY", TestAws.SECRET, "AWS_REGION", REGION,
                "AWS_ENDPOINT_URL", "http://127.0.0.1:" + port, "AWS_EC2_METADATA_DISABLED", "true"));
        return builder.start();
    }

    /** LocalAws's own action, unsigned, as {@code curl} would send it. */
    private void interrupt(String instanceId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=LocalInterruptSpotInstances&InstanceId.1=" + instanceId
                        + "&Region=" + REGION)).build();
        var answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static List<Map<String, Object>> jsonLines(String text) {
        return Parsed.json("[" + String.join(",", text.strip().lines().toList()) + "]");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
