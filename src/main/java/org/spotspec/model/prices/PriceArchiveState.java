package org.spotspec.model.prices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.pricedata.ArchiveFetchResult;
import org.spotspec.pricedata.FetchedSpan;

/**
 * What the archive added to the last Prices result, for the view: offline or not, the gaps to
 * draw as gaps, what was fetched, and a one-line note. Set on the FX thread only.
 */
public final class PriceArchiveState {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Map<SpanKey, List<Span>>> gaps = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<FetchedSpan>> fetched = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    void show(ArchiveFetchResult result) {
        offline.set(result.offline());
        gaps.set(result.gaps());
        fetched.set(result.fetched());
        note.set(note(result));
    }

    void clear() {
        offline.set(false);
        gaps.set(Map.of());
        fetched.set(List.of());
        note.set("");
    }

    static String note(ArchiveFetchResult result) {
        var text = new StringBuilder();
        if (result.offline()) {
            text.append("Offline: showing what the price archive holds");
            var history = result.result().history();
            history.series().stream().filter(s -> !s.isEmpty()).mapToLong(s -> s.setAt(0)).min()
                    .ifPresent(first -> text.append(", since ").append(WHEN.format(Instant.ofEpochMilli(first))));
            text.append(". Sign in, or check the network, for newer prices.");
        }
        if (!result.gaps().isEmpty()) {
            // The same hole usually spans every tracked series: name each span once.
            var spans = new TreeSet<Span>(Comparator.comparing(Span::from).thenComparing(Span::to));
            result.gaps().values().forEach(spans::addAll);
            var named = spans.stream().limit(3).map(s -> "from " + WHEN.format(s.from()) + " to " + WHEN.format(s.to()))
                    .collect(Collectors.joining("; "));
            text.append(text.length() == 0 ? "" : " ").append("No data ").append(named)
                    .append(spans.size() > 3 ? " and " + (spans.size() - 3) + " more gaps" : "")
                    .append(": SpotSpec was not fetching then, and AWS keeps only 90 days.");
        }
        if (!result.archiveProblem().isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append(result.archiveProblem());
        }
        return text.toString();
    }

    /** The last result came from the archive alone: no session, or EC2 could not be reached. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** Per (region, type, product), the spans inside the range no fetch covered; empty map when none. */
    public ReadOnlyObjectProperty<Map<SpanKey, List<Span>>> gapsProperty() {
        return gaps.getReadOnlyProperty();
    }

    /** The spans the last result fetched from EC2 (the rest came from the archive). */
    public ReadOnlyObjectProperty<List<FetchedSpan>> fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** One line: offline, gaps, or why there is no archive; empty when there is nothing to say. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
