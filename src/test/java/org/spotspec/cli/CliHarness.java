package org.spotspec.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;
import org.spotspec.testing.WireSession;

/**
 * Runs {@code spotspec} in-process against a fresh {@link AwsStub} (real HTTP, EC2's and STS's XML)
 * for each test: {@code @RegisterExtension final CliHarness cli = new CliHarness();}, stub answers
 * with {@link #aws()}, then {@link #run(String...)}. The environment holds the test's fake keys,
 * region eu-west-1, the stub as AWS_ENDPOINT_URL, a home folder of its own and IMDS off; standard
 * input is empty and there is no terminal unless the test says otherwise.
 */
final class CliHarness implements BeforeEachCallback, AfterEachCallback {
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    /** What a run left behind. */
    record Result(int exitCode, String out, String err) {
        /** Everything the user saw, for checks that nothing leaked anywhere. */
        String all() {
            return out + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private Path home;
    private AwsStub aws;
    private String stdin = "";
    private Terminal terminal = Terminal.none();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("spotspec-cli");
        aws = new AwsStub();
        aws.callerIdentity();
        env.putAll(testEnvironment(home, aws));
    }

    /** The test's fake keys, a fixed region, the stub's endpoint and no instance metadata. */
    static Map<String, String> testEnvironment(Path home, AwsStub aws) {
        return Map.of("HOME", home.toString(), "AWS_ACCESS_KEY_ID", TestAws.KEY_ID,
                "AWS_SECRET_ACCESS_KEY", TestAws.SECRET, "AWS_REGION", "eu-west-1",
                "AWS_ENDPOINT_URL", aws.uri().toString(), "AWS_EC2_METADATA_DISABLED", "true");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        aws.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    AwsStub aws() {
        return aws;
    }

    Path home() {
        return home;
    }

    CliHarness stdin(String text) {
        stdin = text;
        return this;
    }

    CliHarness terminal(boolean attached) {
        terminal = attached ? Terminal.attached() : Terminal.none();
        return this;
    }

    /** Sets (or, with null, removes) an environment variable. */
    CliHarness env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Writes {@code ~/.aws/<name>} (config or credentials). */
    CliHarness awsFile(String name, String content) {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var charset = Charset.defaultCharset();
        var cli = new Cli(WireSession.SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        int code = cli.run(args, new ByteArrayInputStream(stdin.getBytes(charset)), new PrintStream(out, true, charset),
                new PrintStream(err, true, charset), Map.copyOf(env), terminal);
        return new Result(code, out.toString(charset), err.toString(charset));
    }

    /** The bodies of the requests of {@code action}, oldest first. */
    List<String> bodies(String action) {
        return aws.bodies(action);
    }

    /** How many requests reached the endpoint at all (STS included). */
    int requestCount() {
        return aws.server().getAllServeEvents().size();
    }
}
