package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.spotspec.testing.TestAws.KEY_ID;
import static org.spotspec.testing.TestAws.SECRET;
import static org.spotspec.testing.TestAws.SESSION_TOKEN;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.spotspec.testing.FakeCredentialProcess;
import org.spotspec.testing.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A real child process (a shell script run directly) as a profile's credential_process: what it
 * gets (its words literally, the home folder, no input), what it prints with and without an
 * expiry, running it again near the end, and every way it fails, explained with its standard
 * error and never its standard output. Logs at TRACE are searched for the secrets it printed.
 */
@DisabledOnOs(OS.WINDOWS)
class ProcessCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path bin;
    @TempDir
    Path home;

    private FakeCredentialProcess process;
    private final MutableClock clock = new MutableClock(NOW);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger logger;
    private Level level;

    @BeforeEach
    void setUp() {
        process = new FakeCredentialProcess(bin);
        logger = (Logger) LoggerFactory.getLogger(ProcessCredentials.class);
        level = logger.getLevel();
        logger.setLevel(Level.TRACE);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void noSecretWasLogged() {
        logger.detachAppender(logged);
        logger.setLevel(level);
        var lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).noneMatch(l -> l.contains(SECRET) || l.contains(SESSION_TOKEN) || l.contains(KEY_ID));
    }

    private ProcessCredentials provider(String commandLine) {
        return provider(commandLine, Duration.ofSeconds(20));
    }

    private ProcessCredentials provider(String commandLine, Duration timeout) {
        return new ProcessCredentials("build", commandLine, new ProcessRunner(home, timeout), clock);
    }

    @Test
    void temporaryCredentialsWithTheirExpiry() {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, NOW.plus(Duration.ofHours(1))));

        var credentials = provider(process.command()).resolveCredentials();

        assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
        var session = (AwsSessionCredentials) credentials;
        assertThat(session.accessKeyId()).isEqualTo(KEY_ID);
        assertThat(session.secretAccessKey()).isEqualTo(SECRET);
        assertThat(session.sessionToken()).isEqualTo(SESSION_TOKEN);
        assertThat(session.expirationTime()).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void keysWithoutExpiryAreKeptAndTheProcessRunsOnce() {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, null, null));
        var provider = provider(process.command());

        assertThat(provider.resolveCredentials()).isInstanceOf(AwsBasicCredentials.class);
        clock.advance(Duration.ofDays(3));
        assertThat(provider.resolveCredentials().secretAccessKey()).isEqualTo(SECRET);
        assertThat(process.runs()).isEqualTo(1);
        assertThat(provider.expiration()).isEmpty();
    }

    @Test
    void theWordsReachTheProgramLiterallyWithoutAShellInTheHomeFolderAndWithNoInput() throws IOException {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, null, null));
        var marker = bin.resolve("pwned");
        var line = process.command() + " \"$(touch " + marker + ")\" ; 'a b' `id` $HOME ~ * >out";

        provider(line).resolveCredentials();

        assertThat(process.args()).containsExactly("$(touch " + marker + ")", ";", "a b", "`id`", "$HOME", "~", "*",
                ">out");
        assertThat(marker).doesNotExist();
        assertThat(home.resolve("out")).doesNotExist();
        assertThat(Path.of(process.workingDirectory())).isEqualTo(home.toRealPath());
        assertThat(process.readSomethingOnStdin()).isFalse();
    }

    @Test
    void credentialsAreFetchedAgainFiveMinutesBeforeTheyEnd() {
        var end = NOW.plus(Duration.ofHours(1));
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, end));
        var provider = provider(process.command());
        provider.resolveCredentials();

        clock.set(end.minus(Duration.ofMinutes(6)));
        provider.resolveCredentials();
        assertThat(process.runs()).as("still fresh").isEqualTo(1);

        var later = end.plus(Duration.ofHours(1));
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, "SecondToken", later));
        clock.set(end.minus(Duration.ofMinutes(4)));
        var renewed = (AwsSessionCredentials) provider.resolveCredentials();
        assertThat(process.runs()).isEqualTo(2);
        assertThat(renewed.sessionToken()).isEqualTo("SecondToken");
        assertThat(provider.expiration()).contains(later);
    }

    @Test
    void shortLivedCredentialsAreFetchedAgainHalfWayNotForEveryCall() {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, NOW.plus(Duration.ofMinutes(4))));
        var provider = provider(process.command());
        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(1));
        provider.resolveCredentials();
        assertThat(process.runs()).isEqualTo(1);

        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, NOW.plus(Duration.ofMinutes(8))));
        clock.advance(Duration.ofMinutes(1));
        provider.resolveCredentials();
        assertThat(process.runs()).isEqualTo(2);
        assertThat(ProcessCredentials.refreshTime(NOW, NOW.plus(Duration.ofHours(1))))
                .isEqualTo(NOW.plus(Duration.ofMinutes(55)));
    }

    @Test
    void aFailedEarlyRefreshKeepsTheCredentialsUntilTheyEndThenFails() {
        var end = NOW.plus(Duration.ofHours(1));
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, end));
        var provider = provider(process.command());
        provider.resolveCredentials();

        process.exits(1).complains("login needed");
        clock.set(end.minus(Duration.ofMinutes(2)));
        assertThat(((AwsSessionCredentials) provider.resolveCredentials()).sessionToken()).isEqualTo(SESSION_TOKEN);
        clock.advance(Duration.ofSeconds(10));
        provider.resolveCredentials();
        assertThat(process.runs()).as("not again at once").isEqualTo(2);

        clock.set(end);
        var problem = problem(provider);
        assertThat(problem.code()).isEqualTo("CredentialProcessFailed");
        assertThat(process.runs()).isEqualTo(3);
    }

    @Test
    void aNonZeroExitIsExplainedWithStandardErrorButNeverStandardOutput() {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, null)).exits(3)
                .complains("\n  token expired\nrun 'tool login' first  \n\u001b[31mred\n4\n5\n6\n7\n");

        var problem = problem(provider(process.command()));

        assertThat(problem.code()).isEqualTo("CredentialProcessFailed");
        assertThat(problem.meaning()).contains("profile 'build'", "exit code 3");
        assertThat(problem.details()).contains("The process wrote: token expired | run 'tool login' first | ?[31mred",
                "(2 more lines)").doesNotContain("\u001b");
        assertNoSecretIn(problem);
    }

    @Test
    void aTimeoutKillsTheProcessAndItsChildren() throws Exception {
        process.sleeps(30).complains("waiting for a browser");
        var started = System.nanoTime();

        var problem = problem(provider(process.command(), Duration.ofSeconds(1)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(problem.code()).isEqualTo("CredentialProcessTimeout");
        assertThat(problem.meaning()).contains("within 1 seconds");
        assertThat(problem.details()).contains("waiting for a browser");
        var sleeper = ProcessHandle.of(process.sleeperPid());
        if (sleeper.isPresent()) {
            // Killed, but gone only once reaped: give the system a moment.
            sleeper.get().onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void eachMalformedAnswerIsNamedWithoutItsText() {
        var cases = List.of(
                List.of("{\"Version\": 1, \"AccessKeyId\": \"" + KEY_ID + "\", \"SecretAccessKey\": \"" + SECRET, "not JSON"),
                List.of("[\"" + SECRET + "\"]", "not a JSON object"),
                List.of("{\"Version\": 2, \"AccessKeyId\": \"" + KEY_ID + "\", \"SecretAccessKey\": \"" + SECRET + "\"}",
                        "\"Version\" is not 1"),
                List.of("{\"AccessKeyId\": \"" + KEY_ID + "\", \"SecretAccessKey\": \"" + SECRET + "\"}",
                        "no \"Version\""),
                List.of("{\"Version\": 1, \"AccessKeyId\": \"" + KEY_ID + "\", \"SessionToken\": \"" + SESSION_TOKEN
                        + "\"}", "no \"SecretAccessKey\""),
                List.of("{\"Version\": 1, \"AccessKeyId\": \"" + KEY_ID + "\", \"SecretAccessKey\": \"" + SECRET
                        + "\", \"Expiration\": \"" + SESSION_TOKEN + "\"}", "\"Expiration\" is not an ISO 8601 time"),
                List.of(" \n", "printed nothing"));
        for (var c : cases) {
            process.prints(c.get(0));
            var problem = problem(provider(process.command()));
            assertThat(problem.code()).isEqualTo("CredentialProcessBadOutput");
            assertThat(problem.meaning()).contains(c.get(1));
            assertNoSecretIn(problem);
        }
    }

    @Test
    void credentialsThatAlreadyEndedAreRefused() {
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN, NOW.minusSeconds(1)));

        var problem = problem(provider(process.command()));

        assertThat(problem.code()).isEqualTo("CredentialProcessExpired");
        assertThat(problem.meaning()).contains("expired at 2026-12-06T09:59:59Z");
        assertNoSecretIn(problem);
    }

    @Test
    void aMissingProgramAndABadCommandLineAreExplained() {
        var missing = problem(provider("/nonexistent/tool --token " + SECRET));
        assertThat(missing.code()).isEqualTo("CredentialProcessFailed");
        assertThat(missing.meaning()).contains("could not be started (tool: No such file or directory)");
        assertNoSecretIn(missing);

        var unclosed = catchThrowableOfType(() -> provider("tool 'abc " + SECRET), AwsProblemException.class);
        assertThat(unclosed.problem().code()).isEqualTo("CredentialProcessInvalid");
        assertThat(unclosed.problem().meaning()).contains("a quote that is not closed");
        assertThat(catchThrowableOfType(() -> provider("  "), AwsProblemException.class).problem().meaning())
                .contains("is empty");
    }

    @Test
    void aDirectoryIsNoProgram() throws IOException {
        Files.createDirectories(bin.resolve("dir"));
        assertThat(problem(provider(bin.resolve("dir").toString())).code()).isEqualTo("CredentialProcessFailed");
    }

    private static AwsProblem problem(ProcessCredentials provider) {
        var thrown = catchThrowableOfType(provider::resolveCredentials, AwsProblemException.class);
        assertThat(thrown).as("the provider's failure").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain(SECRET, SESSION_TOKEN, KEY_ID);
        return thrown.problem();
    }

    private static void assertNoSecretIn(AwsProblem problem) {
        assertThat(problem.toString()).doesNotContain(SECRET, SESSION_TOKEN, KEY_ID);
        assertThat(problem.details()).doesNotContain(SECRET, SESSION_TOKEN, KEY_ID);
    }
}
