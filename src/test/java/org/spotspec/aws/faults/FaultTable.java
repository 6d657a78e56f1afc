package org.spotspec.aws.faults;

import java.util.Map;
import java.util.regex.Pattern;

/** The fault suite's findings as a Markdown table: one row per fault, one column per call. */
final class FaultTable {
    private static final Pattern LIMIT = Pattern.compile("within ([0-9.]+ s)");

    private FaultTable() {
    }

    /** e.g. {@code retried, ok ×3}, {@code ConnectionReset ×3}, {@code Timeout 0.4 s ×2}. */
    static String cell(FaultCall.Outcome outcome, int sent) {
        if (outcome.problem().isEmpty()) {
            return (sent > 1 ? "retried, ok" : "ok") + " ×" + sent;
        }
        var problem = outcome.problem().get();
        var limit = LIMIT.matcher(problem.meaning());
        return problem.code() + (limit.find() ? " " + limit.group(1) : "") + " ×" + sent;
    }

    static String markdown(Map<Fault, Map<FaultCall, String>> table) {
        var out = new StringBuilder("| fault \\ call |");
        for (var call : FaultCall.values()) {
            out.append(' ').append(call.action).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(FaultCall.values().length)).append('\n');
        for (var fault : Fault.values()) {
            var row = table.get(fault);
            if (row == null) {
                continue;
            }
            out.append("| ").append(fault.label).append(" |");
            for (var call : FaultCall.values()) {
                out.append(' ').append(row.getOrDefault(call, "—")).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
