package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestAws;
import org.spotspec.testing.WireSession;

/**
 * {@code spotspec watch} in-process over real HTTP, on a clock the test moves: an MFA session that
 * ends with no terminal pauses the watch and ends it with exit code 6; {@code --exec} gets each
 * event's JSON and its failures never stop the watch; the options are checked before any request.
 */
class CliWatchWireTest {
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";

    @RegisterExtension
    final CliHarness cli = new CliHarness();
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(CliHarness.NOW);
    private String stdin = "";
    /** The stderr of the run started last, read while it runs. */
    private final ByteArrayOutputStream liveErr = new ByteArrayOutputStream();
    private Terminal terminal = Terminal.none();

    @BeforeEach
    void anInterruptionIsRunning() {
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, CliHarness.NOW.plus(Duration.ofMinutes(5)));
        cli.aws().ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null,
                Ec2Fixtures.spotRequest("sir-1a2b3c4d", "active", "marked-for-termination", "i-0aaa1111bbbb22223")));
        cli.aws().ec2Page("DescribeInstances", null, null, Ec2Fixtures.describeInstances(null,
                Ec2Fixtures.instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d")));
    }

    @Test
    void anMfaSessionThatEndsWithNoTerminalPausesTheWatchAndExitsWithSix() throws Exception {
        var hook = script("hook.sh", "cat >> " + dir.resolve("events.jsonl") + "\n");

        var run = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "json", "--no-archive",
                "--exec", "sh " + hook);
        await(() -> cli.aws().count("DescribeInstances") >= 1 && lines(dir.resolve("events.jsonl")).size() >= 2);
        clock.advance(Duration.ofMinutes(5));
        var result = run.get(30, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.SESSION_ENDED);
        var events = Parsed.json("[" + String.join(",", result.out().strip().lines().toList()) + "]");
        assertThat(events).extracting(e -> e.get("kind") + "/" + e.get("to")).containsExactlyInAnyOrder(
                "session/ending", "interruption/marked-for-termination", "session/ended");
        assertThat(events).allSatisfy(e -> assertThat(e).containsOnlyKeys("time", "region", "kind", "id", "from", "to",
                "message", "severity", "account"));
        assertThat(events).filteredOn(e -> e.get("kind").equals("interruption")).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("region", "eu-west-1").containsEntry("severity", "urgent")
                    .containsEntry("account", AwsStub.ACCOUNT).containsEntry("id", "sir-1a2b3c4d");
            assertThat((String) e.get("message")).contains("i-0aaa1111bbbb22223", "launch a replacement");
        });
        assertThat(result.err()).contains("The MFA session lasts 0 h 5 min more", "exit code 6");
        assertThat(cli.aws().count("DescribeInstances")).as("no poll after the end").isEqualTo(1);
        assertThat(lines(dir.resolve("events.jsonl"))).anyMatch(l -> l.contains("\"kind\": \"interruption\""));
        assertThat(result.all()).doesNotContain(TestAws.MFA_CODE, TestAws.SECRET, TestAws.SESSION_SECRET,
                TestAws.SESSION_TOKEN);
    }

    @Test
    void onATerminalAFreshCodeRenewsTheSessionAndTheWatchGoesOn() throws Exception {
        stdin = "135791\n";
        terminal = Terminal.attached();
        var logged = LoggedLines.capture();
        var run = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "json", "--no-archive");
        // The stub counts a call when it arrives; the schedule hears of it only after the answer is read. Moving the
        // clock in between would date the first poll five minutes later, and the second would never come due.
        await(() -> liveErr.toString(StandardCharsets.UTF_8).contains("eu-west-1: 1 spot requests"));
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, CliHarness.NOW.plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(5));
        await(() -> cli.aws().count("DescribeInstances") >= 2);
        clock.advance(Duration.ofMinutes(5)); // ends again, and no code is left to type
        var result = run.get(30, TimeUnit.SECONDS);
        logged.stop();

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.SESSION_ENDED);
        assertThat(logged.lines()).isNotEmpty().noneMatch(l -> l.contains("135791") || l.contains(TestAws.MFA_CODE)
                || l.contains(TestAws.SESSION_SECRET) || l.contains(TestAws.SESSION_TOKEN) || l.contains(TestAws.SECRET));
        assertThat(cli.bodies("GetSessionToken")).hasSize(2).last().asString().contains("TokenCode=135791");
        var kinds = Parsed.json("[" + String.join(",", result.out().strip().lines().toList()) + "]").stream()
                .map(e -> e.get("kind") + "/" + e.get("to")).toList();
        assertThat(kinds).containsSubsequence("session/ended", "session/renewed", "session/ended");
        assertThat(result.err()).contains("Renewed: the MFA session lasts 0 h 5 min more");
        assertThat(result.all()).doesNotContain("135791", TestAws.MFA_CODE, TestAws.SESSION_SECRET);
    }

    @Test
    void aFailingExecIsReportedAndTheWatchGoesOn() throws Exception {
        var failing = script("fails.sh", "cat > /dev/null\nexit 3\n");

        var run = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "--no-archive",
                "--exec", "sh " + failing);
        await(() -> cli.aws().count("DescribeInstances") >= 1);
        clock.advance(Duration.ofMinutes(5));
        var result = run.get(30, TimeUnit.SECONDS);

        assertThat(result.exitCode()).isEqualTo(ExitCode.SESSION_ENDED);
        assertThat(result.err()).contains("--exec: sh failed with exit code 3; the watch goes on.");
        assertThat(result.out().lines()).anyMatch(l -> l.contains("interruption") && l.contains("sir-1a2b3c4d")
                && l.contains("→ marked-for-termination"));
    }

    @Test
    void aCommandThatCannotStartIsReported() throws Exception {
        var run = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "--no-archive",
                "--exec", dir.resolve("no-such-hook").toString());
        await(() -> cli.aws().count("DescribeInstances") >= 1);
        clock.advance(Duration.ofMinutes(5));
        var result = run.get(30, TimeUnit.SECONDS);

        assertThat(result.err()).contains("--exec: cannot start " + dir.resolve("no-such-hook"));
        assertThat(result.exitCode()).isEqualTo(ExitCode.SESSION_ENDED);
    }

    @Test
    void optionsAreCheckedBeforeAnyRequest() {
        assertThat(cli.run("watch", "--interval", "2", "--no-archive").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("watch", "-o", "csv", "--no-archive").err()).contains("table or json");
        assertThat(cli.run("events", "--since", "yesterday").err()).contains("--since", "30m, 24h or 7d");
        assertThat(cli.run("events", "--kind", "nonsense", "--no-archive").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("events", "--no-archive").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.requestCount()).isZero();
        assertThat(cli.run("watch", "--help").out()).contains("--exec", "--interval", "--alert", "6  watch");
    }

    @Test
    void aPriceAlertFiresOnceAsAJsonLine() throws Exception {
        cli.aws().ec2Page("DescribeSpotPriceHistory", "eu-west-1", null, AwsStub.spotPricePage("", List.of(
                AwsStub.spotPriceItem("eu-west-1a", "m5.large", "Linux/UNIX", "0.052100",
                        CliHarness.NOW.minus(Duration.ofMinutes(30))))));

        var run = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "json", "--no-archive",
                "--alert", "m5.large,eu-west-1,>0.05", "--alert", "m5.large,eu-west-1,>max");
        await(() -> cli.aws().count("DescribeSpotPriceHistory") >= 1 && cli.aws().count("DescribeInstances") >= 1);
        clock.advance(Duration.ofMinutes(5));
        var result = run.get(30, TimeUnit.SECONDS);

        var events = Parsed.json("[" + String.join(",", result.out().strip().lines().toList()) + "]");
        assertThat(events).filteredOn(e -> e.get("kind").equals("price-alert") && e.get("severity").equals("notify"))
                .singleElement().satisfies(e -> assertThat((String) e.get("message"))
                        .contains("m5.large", "eu-west-1a", "$0.052100/h", "$0.050000/h"));
        assertThat(result.err()).contains("Price alert: m5.large in eu-west-1");
    }

    @Test
    void eventsStoredInTheArchiveAreListedAfterwardsAndTheirStatesNotToldTwice() throws Exception {
        var first = start("watch", "--mfa-serial", SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "json");
        await(() -> cli.aws().count("DescribeInstances") >= 1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(first.get(30, TimeUnit.SECONDS).out()).contains("\"interruption\"");

        var listed = cli.run("events", "--since", "1h", "-o", "json", "--kind", "interruption");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(Parsed.json(listed.out())).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("id", "sir-1a2b3c4d").containsEntry("to", "marked-for-termination"));
    }

    @Test
    void aPriceAlertRuleWithAMistakeIsAUsageErrorBeforeAnyRequest() {
        var result = cli.run("watch", "--alert", "m5.large,eu-west-1,>abc", "--no-archive");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--alert 'm5.large,eu-west-1,>abc'");
        assertThat(cli.requestCount()).isZero();
    }

    private Path script(String name, String body) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, body);
        return file;
    }

    private CompletableFuture<CliHarness.Result> start(String... args) {
        var env = new HashMap<>(CliHarness.testEnvironment(cli.home(), cli.aws()));
        return CompletableFuture.supplyAsync(() -> run(env, args));
    }

    private CliHarness.Result run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = liveErr;
        err.reset();
        int code = new Cli(WireSession.SETTINGS, clock).run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.copyOf(env), terminal);
        return new CliHarness.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : new ArrayList<>();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
