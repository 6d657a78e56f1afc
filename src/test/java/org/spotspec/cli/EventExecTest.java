package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.Severity;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/** --exec's runs: the event's JSON on standard input, in order; a hook that hangs is stopped and reported. */
class EventExecTest {
    @TempDir
    Path dir;

    private static StoredEvent event(long key, String id) {
        return new StoredEvent(key, new WatchEvent(Instant.parse("2026-11-27T10:00:00Z"), "123456789012", "eu-west-1",
                EventKind.INSTANCE_NEW, id, "", "running", "New spot instance; $(rm -rf ~) stays text", Severity.INFO),
                false);
    }

    @Test
    void eachEventReachesTheCommandInOrderWithNoShellInBetween() throws Exception {
        var received = dir.resolve("received.jsonl");
        var hook = dir.resolve("hook.sh");
        Files.writeString(hook, "cat >> \"$1\"\n");
        var err = new ByteArrayOutputStream();

        try (var exec = new EventExec("sh " + hook + " " + received, EventExec.TIMEOUT,
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            exec.run(List.of(event(1, "i-1"), event(2, "i-2"), event(3, "i-3")));
        }

        var lines = Files.readAllLines(received);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"id\": \"i-1\"", "$(rm -rf ~) stays text");
        assertThat(lines.get(2)).contains("\"id\": \"i-3\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aHookThatHangsIsStoppedAfterItsTimeAndReported() throws Exception {
        var hook = dir.resolve("hangs.sh");
        Files.writeString(hook, "sleep 20\n");
        var err = new ByteArrayOutputStream();
        var started = System.nanoTime();

        try (var exec = new EventExec("sh " + hook, Duration.ofSeconds(1), new PrintStream(err, true,
                StandardCharsets.UTF_8))) {
            exec.run(List.of(event(1, "i-1")));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--exec: sh did not finish within 1 s and was "
                + "stopped; the watch goes on.");
    }
}
