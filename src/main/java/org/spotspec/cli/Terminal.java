package org.spotspec.cli;

/**
 * Whether a person is at the keyboard, so a destructive command may ask before it acts.
 * Answers (and MFA codes) are read from standard input either way, so they can be piped.
 */
@FunctionalInterface
public interface Terminal {
    boolean interactive();

    /**
     * Asks for a secret without echoing it (a database password); empty when there is no console
     * or the answer is empty. Never stored: the caller clears the array after use.
     */
    default java.util.Optional<char[]> readSecret(String prompt) {
        var console = System.console();
        if (console == null) {
            return java.util.Optional.empty();
        }
        var answer = console.readPassword("%s", prompt);
        return answer == null || answer.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(answer);
    }

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
