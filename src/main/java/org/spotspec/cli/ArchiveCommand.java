package org.spotspec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spotspec archive}: the price archive's commands; alone, it shows their help. */
@Command(name = "archive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The price archive: every spot price SpotSpec fetched, kept beyond AWS's 90 days, in a file in "
                + "your data folder or a team's PostgreSQL (--archive-url, SPOTSPEC_ARCHIVE_URL).",
            "sync fetches what it lacks (for cron or a systemd timer); status lists what it holds; export prints it."})
final class ArchiveCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
