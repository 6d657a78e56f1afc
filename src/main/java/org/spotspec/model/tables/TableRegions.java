package org.spotspec.model.tables;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.spotspec.aws.AwsSession;
import org.spotspec.model.session.SessionState;

/**
 * The regions the Requests and Instances tables show, shared by both (and by whatever else wants
 * "the regions the user looks at", e.g. the watcher's default watched regions).
 *
 * <p>The user chooses a list of regions; an empty choice means "the session's region", so the
 * tables follow a region switch the way they always did. {@link #effective()} is the list to read:
 * the choice, or the session's region alone (empty while signed out). Remembered between runs as
 * {@code refresh.regions} through {@link RefreshSettingsAdapter}.
 *
 * <p>FX thread only, like the session it follows.
 */
public final class TableRegions {
    private final SessionState session;
    private final ReadOnlyObjectWrapper<List<String>> chosen = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> effective = new ReadOnlyObjectWrapper<>(List.of());

    public TableRegions(SessionState session) {
        this.session = session;
        session.sessionProperty().addListener((obs, old, now) -> update());
        update();
    }

    /**
     * Shows {@code regions} from now on (trimmed, blanks and repeats dropped, order kept); an
     * empty list goes back to "the session's region".
     */
    public void choose(List<String> regions) {
        chosen.set(regions == null ? List.of() : regions.stream().filter(Objects::nonNull).map(String::trim)
                .filter(r -> !r.isEmpty()).distinct().toList());
        update();
    }

    /** The user's choice as given; empty: the session's region. */
    public List<String> chosen() {
        return chosen.get();
    }

    public ReadOnlyObjectProperty<List<String>> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Whether the tables follow the session's region (nothing chosen). */
    public boolean followsSession() {
        return chosen.get().isEmpty();
    }

    /**
     * The regions to read now, in the chosen order: the choice, else the session's region; empty
     * while signed out with nothing chosen. Never null, unmodifiable.
     */
    public List<String> effective() {
        // Worked out afresh: a listener of the session may ask before this one's listener ran.
        return chosen.get().isEmpty() ? sessionRegion() : chosen.get();
    }

    /**
     * {@link #effective()} as an observable: it changes (a new list, never mutated) when the user
     * chooses other regions or, with nothing chosen, when the session moves to another region.
     */
    public ReadOnlyObjectProperty<List<String>> effectiveProperty() {
        return effective.getReadOnlyProperty();
    }

    private void update() {
        var next = effective();
        if (!next.equals(effective.get())) {
            effective.set(next);
        }
    }

    private List<String> sessionRegion() {
        return session.current().map(AwsSession::region).map(r -> List.of(r.id())).orElse(List.of());
    }
}
