package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spotspec.scores.ScoreSample;

/** The placement_scores table (migration V4): each score asked, by configuration, time and place. */
final class ScoresTable {

    /** Stores the samples; asking the same configuration twice at the same instant keeps the last answer. */
    void insert(Connection c, List<ScoreSample> samples) throws SQLException {
        try (var st = c.prepareStatement("INSERT INTO placement_scores (configuration, time_ns, region, zone_id, score)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (configuration, time_ns, region, zone_id)"
                + " DO UPDATE SET score = excluded.score")) {
            for (var s : samples) {
                st.setString(1, s.configuration());
                st.setLong(2, EventTimes.toNanos(s.at()));
                st.setString(3, s.region());
                st.setString(4, s.zoneId());
                st.setInt(5, s.score());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    List<ScoreSample> history(Connection c, String configuration, Instant since) throws SQLException {
        var samples = new ArrayList<ScoreSample>();
        try (var st = c.prepareStatement("SELECT time_ns, region, zone_id, score FROM placement_scores"
                + " WHERE configuration = ? AND time_ns >= ? ORDER BY time_ns, region, zone_id")) {
            st.setString(1, configuration);
            st.setLong(2, EventTimes.toNanos(since));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    samples.add(new ScoreSample(EventTimes.fromNanos(rs.getLong(1)), configuration, rs.getString(2),
                            rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return samples;
    }

    List<String> configurations(Connection c) throws SQLException {
        var keys = new ArrayList<String>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT configuration FROM placement_scores"
                + " GROUP BY configuration ORDER BY MAX(time_ns) DESC, configuration")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
