package org.spotspec.cli;

import java.util.Optional;
import org.spotspec.archive.PriceArchives;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchiveOpener;
import org.spotspec.userdirs.UserDirs;

/** Opens the price archive the options name, as the app would, for one run of the command line. */
final class CliArchive {
    private CliArchive() {
    }

    /** The archive handle (opened at first use); with {@code --no-archive}, one that says so. */
    static ArchiveHandle handle(CliContext context, ArchiveOptions options) {
        if (options.none) {
            return ArchiveHandle.none("No price archive (--no-archive).");
        }
        var opener = opener(context);
        return new ArchiveHandle(() -> opener.open(opener.url(options.url, null)));
    }

    private static ArchiveOpener opener(CliContext context) {
        var env = context.environment();
        var dirs = new UserDirs(env.variables(), System.getProperty("os.name"), env.home());
        ArchiveOpener.PasswordPrompt prompt = location -> context.terminal().interactive()
                ? context.terminal().readSecret("Password for the price archive " + location + ": ")
                : Optional.empty();
        return new ArchiveOpener(env.variables(), env.home(), PriceArchives.embeddedFile(dirs), prompt);
    }
}
