package org.spotspec.aws;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The credentials of a profile's {@code credential_process}, got as the AWS CLI gets them: the
 * command split by {@link CommandLine} and run without a shell, its JSON read by
 * {@link ProcessOutput}. Credentials with an {@code Expiration} are kept until
 * {@link #REFRESH_BEFORE} before it, then the process runs again on the next call, so a long
 * session goes on without the user; credentials without one are kept for the session.
 *
 * <p>What the process writes to standard output is credentials: it never reaches a log, an
 * exception or a problem. Its standard error (a few lines, scrubbed) does, as the user's clue.
 */
public final class ProcessCredentials implements AwsCredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCredentials.class);

    /** The AWS CLI's own limit is none; one minute is long for a helper that only prints keys. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Run the process again this long before its credentials end, so no call meets them expired. */
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    /** After a failed early refresh, the next attempt waits this long (or for the end). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final String profile;
    private final List<String> argv;
    private final ProcessRunner runner;
    private final Clock clock;
    private ProcessOutput.Answer current;
    /** When to run the process again; null: never (credentials without expiry). */
    private Instant refreshAt;

    /**
     * @param profile     the profile's name, for messages
     * @param commandLine the profile's {@code credential_process} value
     * @throws AwsProblemException when the command line cannot be split
     */
    ProcessCredentials(String profile, String commandLine, ProcessRunner runner, Clock clock) {
        this.profile = profile;
        this.argv = words(profile, commandLine);
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * The provider for profile {@code name} of {@code catalog}, whose kind is
     * {@link ProfileInfo.Kind#PROCESS}; the process runs in the home folder. The command line is
     * read as the AWS CLI reads it when the files allow, else as the SDK read it.
     */
    static ProcessCredentials forProfile(ProfileCatalog catalog, String name, Environment environment) {
        var line = RawProfileValue.find(environment, name, "credential_process")
                .or(() -> catalog.profileFile().profile(name).flatMap(p -> p.property("credential_process")))
                .orElse("");
        return inHome(name, line, environment.home());
    }

    /** Runs in {@code home}, as the user's own tools would, with the usual timeout and clock. */
    static ProcessCredentials inHome(String profile, String commandLine, Path home) {
        return new ProcessCredentials(profile, commandLine, new ProcessRunner(home, TIMEOUT), Clock.systemUTC());
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        var now = clock.instant();
        if (current != null && (refreshAt == null || now.isBefore(refreshAt))) {
            return current.credentials();
        }
        try {
            current = fetch(now);
            refreshAt = current.expiration().map(end -> refreshTime(now, end)).orElse(null);
        } catch (AwsProblemException e) {
            if (current == null || current.expiration().map(end -> !now.isBefore(end)).orElse(true)) {
                throw e;
            }
            // Early refresh failed: the credentials in hand still work for a few minutes. Try again
            // a little later, not on each of the calls that may come in the meantime.
            refreshAt = now.plus(RETRY_AFTER);
            LOG.warn("The credential process of profile {} failed ({}); its current credentials last until {}",
                    profile, e.problem().code(), current.expiration().get());
        }
        return current.credentials();
    }

    /**
     * {@link #REFRESH_BEFORE} before the end; for credentials that last less than twice that,
     * half-way, so that short-lived ones are not fetched again for every call.
     */
    static Instant refreshTime(Instant fetched, Instant end) {
        var early = end.minus(REFRESH_BEFORE);
        var halfWay = fetched.plus(Duration.between(fetched, end).dividedBy(2));
        return early.isAfter(halfWay) ? early : halfWay;
    }

    /** When the credentials in hand end; empty before the first run or for credentials without end. */
    public synchronized Optional<Instant> expiration() {
        return current == null ? Optional.empty() : current.expiration();
    }

    private ProcessOutput.Answer fetch(Instant now) {
        LOG.info("Running the credential process of profile {} ({})", profile, program());
        ProcessRunner.Result result;
        try {
            result = runner.run(argv);
        } catch (IOException e) {
            throw problem("CredentialProcessFailed", "could not be started (" + program() + ": "
                    + Redaction.scrub(rootMessage(e)) + ").", "Check that the program exists and may be run, "
                    + "with its full path if it is not on the PATH.", "");
        } catch (ProcessRunner.TimedOut e) {
            throw problem("CredentialProcessTimeout", "did not finish within " + runner.timeout().toSeconds()
                    + " seconds and was stopped.", "Check whether it waits for input (it gets none) or for "
                    + "a network; run it in a terminal to see.", e.stderr());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw problem("CredentialProcessFailed", "was interrupted.", "Try again.", "");
        }
        var answer = read(result);
        answer.expiration().filter(end -> !now.isBefore(end)).ifPresent(end -> {
            throw problem("CredentialProcessExpired", "gave credentials that expired at " + end + ".",
                    "Renew them with the tool behind the process (often a login), and check this "
                            + "computer's clock.", result.stderr());
        });
        LOG.debug("The credential process of profile {} gave credentials{}", profile,
                answer.expiration().map(e -> " until " + e).orElse(" without expiry"));
        return answer;
    }

    private ProcessOutput.Answer read(ProcessRunner.Result result) {
        if (result.exitCode() != 0) {
            throw problem("CredentialProcessFailed", "failed with exit code " + result.exitCode() + ".",
                    "Run it in a terminal to see why (a login may be needed), then sign in again.", result.stderr());
        }
        if (result.outputTooLarge()) {
            throw problem("CredentialProcessBadOutput", "wrote more than " + ProcessRunner.OUTPUT_LIMIT / 1024
                    + " KiB, which is not credentials.", "Check the command in the profile.", result.stderr());
        }
        try {
            return ProcessOutput.parse(result.stdout());
        } catch (ProcessOutput.Malformed e) {
            throw problem("CredentialProcessBadOutput", "gave an answer SpotSpec cannot use: " + e.getMessage()
                    + ".", "The process must print JSON with \"Version\": 1, \"AccessKeyId\" and "
                    + "\"SecretAccessKey\" (and \"SessionToken\", \"Expiration\" for temporary credentials).",
                    result.stderr());
        }
    }

    private AwsProblemException problem(String code, String what, String nextStep, String stderr) {
        return new AwsProblemException(new AwsProblem("", code, "The credential process of profile '" + profile
                + "' " + what, nextStep, "", 0, AwsProblem.Kind.LOCAL, ProcessErrors.summary(stderr)));
    }

    /** The program's name only: arguments may hold a secret of the user's. */
    private String program() {
        var first = argv.get(0);
        return first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // "error=2, No such file or directory": the number says nothing to a user.
        return message.replaceFirst("^error=\\d+, ", "");
    }

    private static List<String> words(String profile, String commandLine) {
        String fault;
        try {
            var words = CommandLine.split(commandLine);
            if (!words.isEmpty()) {
                return List.copyOf(words);
            }
            fault = "is empty";
        } catch (CommandLine.SyntaxException e) {
            fault = e.getMessage().startsWith("No closing") ? "has a quote that is not closed"
                    : "ends with a backslash that escapes nothing";
        }
        throw new AwsProblemException(AwsProblem.local("CredentialProcessInvalid",
                "The credential_process of profile '" + profile + "' " + fault + ".",
                "Fix the line in the AWS config file; SpotSpec splits it as the AWS CLI does and runs it "
                        + "without a shell."));
    }
}
