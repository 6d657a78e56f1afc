package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the ids of cancel and terminate before anything is sent. */
final class Ids {
    static final Pattern REQUEST = Pattern.compile("sir-[0-9a-z]{8,17}");
    static final Pattern INSTANCE = Pattern.compile("i-([0-9a-f]{8}|[0-9a-f]{17})");

    private Ids() {
    }

    /** The ids, once each, in the order given; a usage failure naming the first malformed one. */
    static List<String> check(List<String> given, Pattern shape, String example) {
        var ids = new ArrayList<String>();
        for (var raw : given) {
            var id = raw.trim();
            if (!shape.matcher(id).matches()) {
                throw CliFailure.usage("'" + id + "' is not an id such as " + example + ".");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
