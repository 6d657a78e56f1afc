package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive's one JDBC connection and the lock that serialises its use: the price tables and
 * the event store run their transactions here, one at a time, so neither sees the other's work
 * half done. Other processes are kept apart by the database's own locks.
 */
final class ArchiveConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveConnection.class);
    private static final int ATTEMPTS = 3;

    /** One unit of work on the connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String location;
    private final ArchiveErrors errors;

    ArchiveConnection(Connection connection, Dialect dialect, String location, ArchiveErrors errors) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.errors = errors;
    }

    Dialect dialect() {
        return dialect;
    }

    String location() {
        return location;
    }

    /** The raw connection, for tests of this package that set engine limits. */
    Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} in a transaction (a write one takes the write lock at once), retried on
     * PostgreSQL's deadlock and serialisation failures, rolled back on any failure.
     *
     * @throws ArchiveException with a message fit for the user
     */
    synchronized <T> T inTransaction(boolean write, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                dialect.begin(connection, write);
                try {
                    T result = work.run(connection);
                    dialect.commit(connection);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && dialect.retryable(e)) {
                    LOG.debug("Price archive {}: retrying after {}", location, e.getSQLState());
                    continue;
                }
                throw errors.translate(e);
            }
        }
    }

    /** Runs {@code work} outside any transaction (VACUUM must), still one caller at a time. */
    synchronized <T> T outsideTransaction(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the price archive {} failed", location, e);
        }
    }

    private void rollbackQuietly() {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            LOG.debug("Price archive {}: rollback failed", location, e);
        }
    }
}
