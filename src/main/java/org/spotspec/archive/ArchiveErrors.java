package org.spotspec.archive;

import java.sql.SQLException;
import java.time.Duration;
import org.spotspec.archive.ArchiveException.Reason;

/**
 * Turns a driver's SQLException into an {@link ArchiveException} the user can act on. SQLite
 * reports result codes, PostgreSQL SQL states; the messages name the archive by its
 * {@link PriceArchive#location() location}, which never holds a password.
 */
final class ArchiveErrors {
    // SQLite's primary result codes (https://www.sqlite.org/rescode.html).
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private final Dialect dialect;
    private final String location;
    private final Duration lockWait;

    ArchiveErrors(Dialect dialect, String location, Duration lockWait) {
        this.dialect = dialect;
        this.location = location;
        this.lockWait = lockWait;
    }

    ArchiveException translate(SQLException e) {
        var reason = dialect == Dialect.SQLITE ? sqliteReason(e) : postgresReason(e);
        return new ArchiveException(reason, message(reason, e), e);
    }

    private static Reason sqliteReason(SQLException e) {
        int code = e.getErrorCode() & 0xff; // extended codes carry the primary one in the low byte
        var text = String.valueOf(e.getMessage());
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return Reason.LOCKED;
        } else if (code == SQLITE_READONLY) {
            return Reason.READ_ONLY;
        } else if (code == SQLITE_FULL || text.contains("disk is full")) {
            return Reason.DISK_FULL;
        } else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return Reason.CORRUPT;
        } else if (code == SQLITE_CANTOPEN || code == SQLITE_IOERR) {
            return Reason.CONNECTION;
        }
        return Reason.FAILED;
    }

    private static Reason postgresReason(SQLException e) {
        var state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
            return Reason.CONNECTION;
        } else if (state.equals("53100")) {
            return Reason.DISK_FULL;
        } else if (state.equals("25006") || state.equals("42501")) {
            return Reason.READ_ONLY;
        } else if (state.equals("55P03") || state.equals("57014")) {
            return Reason.LOCKED;
        }
        return Reason.FAILED;
    }

    private String lockWaitText() {
        return lockWait.toMillis() < 1000 ? lockWait.toMillis() + " ms" : lockWait.toSeconds() + " s";
    }

    private String message(Reason reason, SQLException e) {
        String detail = String.valueOf(e.getMessage());
        return switch (reason) {
            case LOCKED -> "The price archive " + location + " is locked by another program (another SpotSpec"
                    + " syncing?) for more than " + lockWaitText() + ". Nothing was changed; try again"
                    + " when it has finished.";
            case READ_ONLY -> "The price archive " + location + " is read-only: SpotSpec shows what it holds but"
                    + " cannot add to it. Make it writable (for a file: chmod u+w) or choose another archive.";
            case DISK_FULL -> "The disk of the price archive " + location + " is full: nothing of this fetch was"
                    + " stored. Free some space, or remove series and compact the archive.";
            case CONNECTION -> dialect == Dialect.SQLITE
                    ? "Cannot open or write the price archive file " + location + " (" + detail + ")."
                    + " Check that its folder exists and is yours."
                    : "Cannot reach the price archive at " + location + " (" + detail + "). Check the server"
                    + " and the network; SpotSpec keeps working without the archive.";
            case CORRUPT -> "The file " + location + " is not a SpotSpec price archive or is damaged (" + detail
                    + "). Move it away and SpotSpec starts a new archive.";
            default -> "The price archive " + location + " failed: " + detail;
        };
    }
}
