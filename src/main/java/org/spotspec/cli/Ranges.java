package org.spotspec.cli;

import org.spotspec.aws.capacity.CountRange;

/** The command line's {@code --vcpus} and {@code --memory-mib} of {@code scores} and {@code types}, read as the app reads them. */
final class Ranges {
    private Ranges() {
    }

    /** {@code 2} → exactly 2; {@code 2-8}; {@code 2-} → no maximum; anything else is a usage error. */
    static CountRange range(String option, String text) {
        return CountRange.parse(text).orElseThrow(() -> CliFailure.usage(option + ": " + CountRange.FORMS
                + ", e.g. 2-8 (the maximum not below the minimum)."));
    }
}
