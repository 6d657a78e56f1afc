package org.spotspec.cli;

import picocli.CommandLine.Option;

/**
 * Which price archive a command uses: the file in the user's data folder, a team's PostgreSQL
 * (a URL; its password from PGPASSWORD, ~/.pgpass, or asked for on a terminal, never an option),
 * or none.
 */
public final class ArchiveOptions {
    @Option(names = "--archive-url", paramLabel = "<jdbc-url>",
            description = "A team's price archive, e.g. jdbc:postgresql://db.example/spotspec?user=spot (default: "
                    + "SPOTSPEC_ARCHIVE_URL, else the archive file in your data folder). The password comes from "
                    + "PGPASSWORD, ~/.pgpass, or is asked for on a terminal.")
    String url;

    @Option(names = "--no-archive", description = "Neither read nor write the price archive: fetch from AWS alone "
            + "(at most its 90 days).")
    boolean none;
}
