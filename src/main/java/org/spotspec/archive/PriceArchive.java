package org.spotspec.archive;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.SeriesKey;

/**
 * The price archive: every spot price SpotSpec has fetched, kept beyond AWS's 90 days, with the
 * time spans each fetch covered. The one way models, the CLI and the sync reach the store,
 * whatever the engine (an embedded SQLite file, or a team's PostgreSQL).
 *
 * <p>Instances are thread-safe; calls on one instance run one at a time. Every method may throw
 * {@link ArchiveException}, whose message is fit to show the user.
 */
public interface PriceArchive extends AutoCloseable {

    /**
     * Stores a fetch in one transaction: its points (deduplicated: a point already stored is
     * kept, never doubled) and the span it covered, merged into the coverage of each of its
     * {@link ArchiveBatch#covered() keys}. After a crash, either both are stored or neither.
     */
    void write(ArchiveBatch batch);

    /** The sub-spans of [from, to] the archive has not covered yet, in time order: what to fetch. */
    List<Span> missing(SpanKey key, Instant from, Instant to);

    /** The covered spans of {@code key}, merged, in time order. */
    List<Span> coverage(SpanKey key);

    /**
     * The holes between covered spans of {@code key} inside [from, to] (the app was not run for
     * 100 days): a chart shows them as gaps, not as the last price held flat.
     */
    List<Span> gaps(SpanKey key, Instant from, Instant to);

    /**
     * The stored points of the series the query names (an empty list of zones, products, regions
     * or types means all) over [start, end], as the chart reads them. The price in effect at
     * {@code start} is the archive's latest point before it, as DescribeSpotPriceHistory does.
     */
    PriceHistory read(PriceQuery query);

    /** One row per stored series, sorted by key. */
    List<SeriesStatus> status();

    /**
     * Removes the series' points, and the coverage of their (region, type, product): the next
     * fetch of that key then fetches everything AWS still has again.
     */
    void remove(Collection<SeriesKey> series);

    /** Gives the space of removed and overwritten rows back to the file system. */
    void compact();

    /** Bytes the archive takes on disk (the file and its journal; on PostgreSQL, its tables and indexes). */
    long sizeOnDisk();

    /**
     * The watcher's event history and last-seen states, kept in the same database (so they last
     * across restarts and the CLI can list them), sharing this archive's connection and lock.
     */
    org.spotspec.watch.EventStore events();

    /** Spot placement scores with their time (to chart them over days), on the same connection and lock. */
    org.spotspec.scores.ScoreStore scores();

    /** Where the archive is, fit to show: the file, or the JDBC URL without any password. */
    String location();

    @Override
    void close();
}
