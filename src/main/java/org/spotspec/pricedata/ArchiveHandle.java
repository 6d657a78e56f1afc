package org.spotspec.pricedata;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.ArchiveException;
import org.spotspec.archive.PriceArchive;

/**
 * The price archive, opened at first use (opening migrates and may reach a server: never at
 * start-up, never on the FX thread). When it cannot be opened the reason is kept, shown to the
 * user, and prices are fetched as without an archive; {@link #retry()} tries again.
 */
public final class ArchiveHandle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveHandle.class);

    /**
     * Held while opening (which may wait minutes: a server's connect timeout, a password asked of
     * the user) and closing. {@link #problem()} and {@link #retry()} do not take it, so the FX
     * thread never waits behind an opening: the password dialog of one runs on that very thread.
     */
    private final Object opening = new Object();
    private volatile Supplier<PriceArchive> opener;
    private volatile PriceArchive archive;
    private volatile String problem = "";
    private volatile boolean tried;

    /** @param opener opens the archive; throws {@link ArchiveException} with a user-readable message */
    public ArchiveHandle(Supplier<PriceArchive> opener) {
        this.opener = opener;
    }

    /** No archive, for {@code why} (e.g. {@code --no-archive}). */
    public static ArchiveHandle none(String why) {
        var handle = new ArchiveHandle(() -> {
            throw new ArchiveException(ArchiveException.Reason.FAILED, why);
        });
        handle.tried = true;
        handle.problem = why;
        return handle;
    }

    /** An archive already open, e.g. in tests. */
    public static ArchiveHandle of(PriceArchive archive) {
        var handle = new ArchiveHandle(() -> archive);
        handle.get();
        return handle;
    }

    /** The archive, opening it on the first call; empty when it cannot be opened (see {@link #problem()}). */
    public Optional<PriceArchive> get() {
        synchronized (opening) {
            if (!tried && archive == null) {
                tried = true;
                try {
                    archive = opener.get();
                    problem = "";
                    LOG.info("Price archive open: {}", archive.location());
                } catch (ArchiveException e) {
                    problem = e.getMessage();
                    // INFO: every caller shows the problem to the user (a WARN would say it twice on a terminal)
                    LOG.info("No price archive: {}", problem);
                }
            }
            return Optional.ofNullable(archive);
        }
    }

    /** Why there is no archive; empty when it is open or not tried yet. Never waits for an opening. */
    public String problem() {
        return problem;
    }

    /**
     * Opens another archive from now on (the user changed its URL in Settings); closes the old one.
     * Waits for an opening under way: call it off the FX thread.
     */
    public void reopenWith(Supplier<PriceArchive> newOpener) {
        synchronized (opening) {
            closeOpen();
            opener = newOpener;
            tried = false;
            problem = "";
        }
    }

    /** Forgets a failure, so the next {@link #get()} tries again (the server is back). Never waits. */
    public void retry() {
        if (archive == null) {
            tried = false;
        }
    }

    @Override
    public void close() {
        synchronized (opening) {
            closeOpen();
        }
    }

    private void closeOpen() {
        var open = archive;
        if (open != null) {
            try {
                open.close();
            } catch (ArchiveException e) {
                LOG.warn("Closing the price archive: {}", e.getMessage());
            }
            archive = null;
        }
    }
}
