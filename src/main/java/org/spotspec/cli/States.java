package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks {@code --state} values against the states EC2 knows, before anything is sent. */
final class States {
    static final List<String> REQUEST = List.of("open", "active", "closed", "cancelled", "failed", "disabled");
    static final List<String> INSTANCE = List.of("pending", "running", "stopping", "stopped", "shutting-down",
            "terminated");

    private States() {
    }

    /** The states, lower-cased and once each; a usage failure naming the first unknown one. */
    static List<String> check(List<String> given, List<String> known) {
        var states = new ArrayList<String>();
        for (var s : given) {
            var state = s.trim().toLowerCase(Locale.ROOT);
            if (!known.contains(state)) {
                throw CliFailure.usage("--state: '" + s.trim() + "' is not one of " + String.join(", ", known) + ".");
            }
            if (!states.contains(state)) {
                states.add(state);
            }
        }
        return states;
    }
}
