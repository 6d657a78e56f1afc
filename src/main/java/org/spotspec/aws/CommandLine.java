package org.spotspec.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code credential_process} command line into the program and its arguments exactly as
 * the AWS CLI does ({@code botocore.compat.compat_shell_split}), so that a profile that works
 * there works here: POSIX rules of Python's {@code shlex.split} everywhere but Windows, the
 * rules of {@code CommandLineToArgvW} on Windows. Nothing is expanded: no variables, no
 * {@code ~}, no globs, no {@code $(…)}; the result is run without a shell.
 */
final class CommandLine {

    /** A command line that cannot be split (an unclosed quote, a trailing escape). */
    static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private CommandLine() {
    }

    /** Splits by the rules of the platform this runs on. */
    static List<String> split(String line) {
        return System.getProperty("os.name", "").startsWith("Windows") ? splitWindows(line) : splitPosix(line);
    }

    /**
     * Python's {@code shlex.split(line)}: whitespace separates words; single quotes keep everything
     * literally; in double quotes a backslash escapes only {@code "} and {@code \}; outside quotes
     * it escapes any character; {@code ''} and {@code ""} are empty words; {@code #} is literal.
     */
    static List<String> splitPosix(String line) {
        var words = new ArrayList<String>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\') {
                    char next = escaped(line, ++i);
                    if (next != '"' && next != '\\') {
                        word.append('\\');
                    }
                    word.append(next);
                } else {
                    word.append(c);
                }
            } else if (isPosixSpace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\') {
                    word.append(escaped(line, ++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new SyntaxException("No closing quotation");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static char escaped(String line, int index) {
        if (index >= line.length()) {
            throw new SyntaxException("No escaped character");
        }
        return line.charAt(index);
    }

    private static boolean isPosixSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * The AWS CLI's {@code _windows_shell_split}: spaces and tabs separate words outside double
     * quotes; {@code 2n} backslashes before a quote are {@code n} backslashes and the quote
     * toggles quoting, {@code 2n+1} are {@code n} and a literal quote; other backslashes are
     * literal. Single quotes mean nothing.
     */
    static List<String> splitWindows(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                word.append("\\".repeat(backslashes / 2));
                boolean literal = backslashes % 2 == 1;
                backslashes = 0;
                inWord = true; // "" is an empty word, as in the AWS CLI
                if (literal) {
                    word.append('"');
                } else {
                    quoted = !quoted;
                }
                continue;
            }
            word.append("\\".repeat(backslashes));
            inWord |= backslashes > 0;
            backslashes = 0;
            if ((c == ' ' || c == '\t') && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new SyntaxException("No closing quotation");
        }
        word.append("\\".repeat(backslashes));
        if (inWord || backslashes > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
