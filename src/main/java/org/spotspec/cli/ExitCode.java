package org.spotspec.cli;

/** The exit codes of {@code spotspec <command>}, for scripts. Documented in every {@code --help}. */
public final class ExitCode {
    /** Done; also a dry run that would succeed. */
    public static final int OK = 0;
    /** AWS (or the sign-in) refused or failed: the error code and request id are on stderr. */
    public static final int AWS_ERROR = 1;
    /** A wrong option or value, or no usable profile or keys, found before any request was made. */
    public static final int USAGE = 2;
    /** A dry run that would fail: the permission is missing (UnauthorizedOperation). */
    public static final int DRY_RUN_WOULD_FAIL = 3;
    /** Not confirmed: no terminal to ask on and no {@code --yes}, or the answer was no. */
    public static final int NOT_CONFIRMED = 4;
    /**
     * Some ids (or regions) succeeded and some failed, or a fleet launched part of its target;
     * each is reported.
     */
    public static final int PARTIAL = 5;
    /**
     * {@code spotspec watch}: the MFA session ended and there was no terminal to ask for a fresh
     * code, so watching could not go on. Start it again with a new code (or from a service manager
     * that restarts it).
     */
    public static final int SESSION_ENDED = 6;

    /** The help footer: the table above, as people read it. */
    static final String[] FOOTER = {
        "",
        "Exit codes:",
        "  0  done (a dry run that would succeed, too)",
        "  1  AWS or sign-in error (code and request id on stderr)",
        "  2  usage error: a wrong option or value, no such profile; nothing was sent",
        "  3  dry run would fail (e.g. UnauthorizedOperation)",
        "  4  not confirmed: no terminal and no --yes, or answered no",
        "  5  partial failure: some ids or regions failed, or a fleet launched less than asked",
        "  6  watch: the MFA session ended with no terminal to renew it",
    };

    private ExitCode() {
    }
}
