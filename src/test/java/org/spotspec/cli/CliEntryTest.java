package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which arguments the launcher hands to the command line; the rest start the desktop app as before. */
class CliEntryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whoami --profile dev|true", "prices -t m5.large|true", "requests|true", "instances|true",
        "launch --help|true", "cancel sir-1a2b3c4d|true", "terminate i-0abc1234|true", "help prices|true",
        "--help|true", "-h|true",
        "''|false", "--smoke-test|false", "--version|false", "-V|false", "--profile dev|false", "pricez|true"})
    void commandsAndHelpGoToTheCommandLine(String args, boolean handled) {
        var argv = args.isEmpty() ? new String[0] : args.split(" ");
        assertThat(Cli.handles(argv)).isEqualTo(handled);
    }

    @org.junit.jupiter.api.Test
    void aMistypedCommandIsAUsageErrorNotTheDesktopApp() {
        var err = new java.io.ByteArrayOutputStream();
        int code = new Cli(org.spotspec.aws.ClientSettings.defaults(), java.time.Clock.systemUTC()).run(
                new String[] {"pricez"}, java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(err, true),
                java.util.Map.of(), Terminal.none());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("pricez", "prices");
    }

    @org.junit.jupiter.api.Test
    void bashAndZshCompletionIsGenerated() {
        var out = new java.io.ByteArrayOutputStream();
        int code = new Cli(org.spotspec.aws.ClientSettings.defaults(), java.time.Clock.systemUTC()).run(
                new String[] {"generate-completion"}, java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(out, true), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                java.util.Map.of(), Terminal.none());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("complete -F _complete_spotspec -o default spotspec", "terminate",
                "--terminate-instances");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "option '--mfa-cod' needs 123456 here|option '--mfa-cod' needs ****** here",
        "Unmatched arguments: '1234567'|Unmatched arguments: '1234567'"})
    void picocliMessagesNeverRepeatSixDigits(String message, String shown) {
        assertThat(Cli.scrub(message)).isEqualTo(shown);
    }
}
