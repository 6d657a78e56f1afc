package org.spotspec.bench;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** DuckDB's fastest load path, its Appender: one appender (one commit) per day, as a sync would. */
final class DuckDbIngest {
    private DuckDbIngest() {
    }

    static void ingest(Connection c, ArchiveData data, int[][] ranges) throws SQLException {
        var duck = c.unwrap(DuckDBConnection.class);
        int[] from = new int[ArchiveData.SERIES];
        for (int[] ends : ranges) {
            try (var appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "points")) {
                for (int k = 0; k < ArchiveData.SERIES; k++) {
                    for (int i = from[k]; i < ends[k]; i++) {
                        // time is an INTEGER column (as in the other engines): epoch seconds fit until 2038
                        appender.beginRow().append(k + 1).append((int) data.seconds[k][i])
                                .append(data.micros[k][i]).endRow();
                    }
                    from[k] = ends[k];
                }
            }
        }
    }
}
