package org.spotspec.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * LocalAws's command line: {@code [--port 4566] [--sso-auto-approve] [--no-capacity m5.large,c5.large]}
 * (types without capacity may also come from the system property {@value LocalAws#NO_CAPACITY_PROPERTY}).
 */
record LocalAwsOptions(int port, boolean ssoAutoApprove, Set<String> noCapacity) {
    static final String USAGE = "Usage: LocalAws [--port 4566] [--sso-auto-approve] [--no-capacity m5.large,c5.large]";

    /** The options of {@code args}; empty when they are not LocalAws's. */
    static Optional<LocalAwsOptions> parse(String[] args, String noCapacityProperty) {
        var options = new ArrayList<>(List.of(args));
        boolean autoApprove = options.remove("--sso-auto-approve");
        var noCapacity = new TreeSet<>(List.of(noCapacityProperty.split("[,\\s]+")));
        int at = options.indexOf("--no-capacity");
        if (at >= 0 && at + 1 < options.size()) {
            noCapacity.addAll(List.of(options.remove(at + 1).split("[,\\s]+")));
            options.remove(at);
        }
        if (!options.isEmpty() && (options.size() != 2 || !options.get(0).equals("--port")
                || !options.get(1).matches("[0-9]{1,5}"))) {
            return Optional.empty();
        }
        int port = options.size() == 2 ? Integer.parseInt(options.get(1)) : 4566;
        return Optional.of(new LocalAwsOptions(port, autoApprove, noCapacity));
    }
}
