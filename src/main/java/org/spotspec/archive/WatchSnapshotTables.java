package org.spotspec.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.spotspec.watch.RegionSnapshot;
import org.spotspec.watch.SeenItem;

/**
 * The last snapshot of each account and region: watch_regions says it was polled (a region
 * polled with nothing in it is not a region never polled), watch_items holds what was seen.
 */
final class WatchSnapshotTables {
    private static final String REQUEST = "request";
    private static final String INSTANCE = "instance";
    private static final String WHERE_REGION = " WHERE account = ? AND region = ?";

    private final Dialect dialect;

    WatchSnapshotTables(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Replaces the stored snapshot of the snapshot's account and region with it. */
    void replace(Connection c, RegionSnapshot now, Instant polled) throws SQLException {
        // Two SpotSpecs polling one region of a team archive replace it one after the other.
        dialect.lockKey(c, (now.account() + "\n" + now.region()).hashCode() & 0xffff_ffffL | 0x2_0000_0000L);
        try (var st = c.prepareStatement("DELETE FROM watch_items" + WHERE_REGION)) {
            bindRegion(st, now.account(), now.region());
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT INTO watch_items (account, region, item_kind, item_id, state, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            addItems(st, now, REQUEST, now.requests());
            addItems(st, now, INSTANCE, now.instances());
            st.executeBatch();
        }
        try (var st = c.prepareStatement("INSERT INTO watch_regions (account, region, polled_ns) VALUES (?, ?, ?)"
                + " ON CONFLICT (account, region) DO UPDATE SET polled_ns = excluded.polled_ns")) {
            bindRegion(st, now.account(), now.region());
            st.setLong(3, EventTimes.toNanos(polled));
            st.executeUpdate();
        }
    }

    /** The stored snapshot; empty when the account and region were never polled. */
    Optional<RegionSnapshot> read(Connection c, String account, String region) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM watch_regions" + WHERE_REGION)) {
            bindRegion(st, account, region);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        var requests = new HashMap<String, SeenItem>();
        var instances = new HashMap<String, SeenItem>();
        try (var st = c.prepareStatement("SELECT item_kind, item_id, state, detail FROM watch_items" + WHERE_REGION)) {
            bindRegion(st, account, region);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    var item = new SeenItem(rs.getString(2), rs.getString(3), rs.getString(4));
                    (REQUEST.equals(rs.getString(1)) ? requests : instances).put(item.id(), item);
                }
            }
        }
        return Optional.of(new RegionSnapshot(account, region, requests, instances));
    }

    private static void addItems(PreparedStatement st, RegionSnapshot now, String kind, Map<String, SeenItem> items)
            throws SQLException {
        for (var e : items.entrySet()) {
            bindRegion(st, now.account(), now.region());
            st.setString(3, kind);
            st.setString(4, e.getKey()); // the map's key is the id the differ looks up
            st.setString(5, e.getValue().state());
            st.setString(6, e.getValue().detail());
            st.addBatch();
        }
    }

    private static void bindRegion(PreparedStatement st, String account, String region) throws SQLException {
        st.setString(1, account);
        st.setString(2, region);
    }
}
