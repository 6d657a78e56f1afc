package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the engines: where their migrations are, how a write transaction starts,
 * how concurrent writers of one coverage key are kept apart. The rest of the SQL is shared.
 */
enum Dialect {
    /**
     * The embedded file. Transactions are started by hand, BEGIN IMMEDIATE: it takes the write
     * lock at once (waiting up to the busy timeout), so a reader never has to upgrade and fail.
     */
    SQLITE("sqlite", "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"),
    /** A team's server; advisory locks serialise the merge of one key's coverage. */
    POSTGRESQL("postgresql", "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END");

    private final String folder;
    private final String hasVersionTable;

    Dialect(String folder, String hasVersionTable) {
        this.folder = folder;
        this.hasVersionTable = hasVersionTable;
    }

    /** The classpath folder of this engine's migrations. */
    String migrationFolder() {
        return "/org/spotspec/archive/" + folder + "/";
    }

    /** A query giving 1 when the schema_version table exists, else 0. */
    String hasVersionTableQuery() {
        return hasVersionTable;
    }

    void begin(Connection c, boolean write) throws SQLException {
        if (this == SQLITE) {
            exec(c, write ? "BEGIN IMMEDIATE" : "BEGIN");
        } else {
            c.setAutoCommit(false);
        }
    }

    void commit(Connection c) throws SQLException {
        if (this == SQLITE) {
            exec(c, "COMMIT");
        } else {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    void rollback(Connection c) throws SQLException {
        if (this == SQLITE) {
            exec(c, "ROLLBACK");
        } else {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * Makes writers of the same key wait for each other until commit, so that two merges of
     * one key's spans never interleave. SQLite has one writer at a time anyway.
     */
    void lockKey(Connection c, long lockId) throws SQLException {
        if (this == POSTGRESQL) {
            try (var st = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                st.setLong(1, lockId);
                st.executeQuery().close();
            }
        }
    }

    /** A failure worth one more try: PostgreSQL's deadlock and serialisation failures. */
    boolean retryable(SQLException e) {
        var state = e.getSQLState();
        return this == POSTGRESQL && state != null && (state.equals("40P01") || state.equals("40001"));
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
