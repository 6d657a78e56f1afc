package org.spotspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

/**
 * A real credential process for tests: a small POSIX shell script in a folder of its own, run
 * directly (its {@code #!} line, no shell of SpotSpec's). What it prints, writes to standard
 * error, how long it sleeps and its exit code are files beside it the test changes between runs;
 * it records each run, its arguments and its working folder there, so a test sees what it got.
 */
public final class FakeCredentialProcess {
    private static final String SCRIPT = """
            #!/bin/sh
            dir=$(dirname "$0")
            echo run >> "$dir/runs"
            printf '%s\\n' "$@" > "$dir/args"
            pwd -P > "$dir/cwd"
            if read -r line; then echo "got stdin" >> "$dir/stdin"; fi
            [ -f "$dir/stderr" ] && cat "$dir/stderr" >&2
            if [ -f "$dir/sleep" ]; then sleep "$(cat "$dir/sleep")" & echo $! > "$dir/child"; wait; fi
            [ -f "$dir/stdout" ] && cat "$dir/stdout"
            exit "$(cat "$dir/exit" 2>/dev/null || echo 0)"
            """;

    private final Path dir;
    private final Path script;

    public FakeCredentialProcess(Path dir) {
        this.dir = dir;
        this.script = dir.resolve("fake-credential-process");
        write("fake-credential-process", SCRIPT);
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's path, quoted for a {@code credential_process} line. */
    public String command() {
        return "'" + script + "'";
    }

    /** The JSON a credential process prints, with the test's canary keys. */
    public static String json(String keyId, String secret, String token, Instant expiration) {
        return "{\"Version\": 1, \"AccessKeyId\": \"" + keyId + "\", \"SecretAccessKey\": \"" + secret + "\""
                + (token == null ? "" : ", \"SessionToken\": \"" + token + "\"")
                + (expiration == null ? "" : ", \"Expiration\": \"" + expiration + "\"") + "}\n";
    }

    public FakeCredentialProcess prints(String stdout) {
        return write("stdout", stdout);
    }

    public FakeCredentialProcess complains(String stderr) {
        return write("stderr", stderr);
    }

    public FakeCredentialProcess exits(int code) {
        return write("exit", Integer.toString(code));
    }

    public FakeCredentialProcess sleeps(int seconds) {
        return write("sleep", Integer.toString(seconds));
    }

    public int runs() {
        return lines("runs").size();
    }

    public List<String> args() {
        return lines("args");
    }

    public String workingDirectory() {
        return lines("cwd").get(0);
    }

    public boolean readSomethingOnStdin() {
        return Files.exists(dir.resolve("stdin"));
    }

    /** The process id of the child the script started to sleep in. */
    public long sleeperPid() {
        return Long.parseLong(lines("child").get(0).trim());
    }

    private List<String> lines(String name) {
        try {
            var file = dir.resolve(name);
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeCredentialProcess write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
