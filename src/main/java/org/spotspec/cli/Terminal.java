package org.spotspec.cli;

/**
 * Whether a person is at the keyboard, so a destructive command may ask before it acts.
 * Answers (and MFA codes) are read from standard input either way, so they can be piped.
 */
@FunctionalInterface
public interface Terminal {
    boolean interactive();

    /** The real one: a console is attached to both standard input and output. */
    static Terminal system() {
        return () -> System.console() != null;
    }

    static Terminal none() {
        return () -> false;
    }

    static Terminal attached() {
        return () -> true;
    }
}
