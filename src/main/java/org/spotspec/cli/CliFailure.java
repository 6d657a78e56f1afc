package org.spotspec.cli;

/**
 * Ends a command with an exit code and a message for stderr, found without asking AWS. The
 * message names the option at fault and never carries a secret.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
