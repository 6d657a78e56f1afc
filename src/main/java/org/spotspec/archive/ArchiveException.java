package org.spotspec.archive;

/**
 * A failure of the price archive, with a message fit to show the user: what happened, to which
 * archive, and what to do. Never carries a password.
 */
public class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (e.g. the sync retries LOCKED later). */
    public enum Reason {
        /** The archive was made by a newer SpotSpec; it is left untouched. */
        NEWER_SCHEMA,
        /** The file or database may only be read. */
        READ_ONLY,
        /** Another program (another SpotSpec syncing) holds the write lock longer than we wait. */
        LOCKED,
        /** No space left for the archive. */
        DISK_FULL,
        /** The database server cannot be reached or dropped the connection. */
        CONNECTION,
        /** The file is not a SpotSpec archive or is damaged. */
        CORRUPT,
        /** Anything else the database reported. */
        FAILED
    }

    private final Reason reason;

    public ArchiveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public ArchiveException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
