package org.spotspec.aws;

import java.util.stream.Collectors;

/**
 * What a credential process wrote to standard error, cut down to a clue fit for a problem's
 * details: its first lines, trimmed, control characters and anything shaped like a secret masked.
 */
final class ProcessErrors {
    static final int MAX_LINES = 5;
    static final int MAX_LINE_LENGTH = 200;

    private ProcessErrors() {
    }

    /** e.g. {@code The process wrote: token expired | run 'tool login'}; empty when it wrote nothing. */
    static String summary(String stderr) {
        if (stderr == null || stderr.isBlank()) {
            return "";
        }
        var lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        var shown = lines.stream().limit(MAX_LINES).map(ProcessErrors::clean).collect(Collectors.joining(" | "));
        var more = lines.size() > MAX_LINES ? " | (" + (lines.size() - MAX_LINES) + " more lines)" : "";
        return "The process wrote: " + shown + more;
    }

    private static String clean(String line) {
        var printable = line.replaceAll("\\p{Cntrl}", "?");
        var cut = printable.length() > MAX_LINE_LENGTH ? printable.substring(0, MAX_LINE_LENGTH) + "…" : printable;
        return Redaction.scrub(cut);
    }
}
