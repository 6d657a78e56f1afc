package org.spotspec.model.watch;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.spotspec.aws.AwsRegions;
import org.spotspec.model.prices.SelectionList;

/**
 * The regions the watcher polls: those the user ticked, or, when none is ticked, the regions the
 * Requests and Instances tables show (so watching follows what the user looks at).
 */
public final class WatchRegions {
    private final SelectionList chosen = new SelectionList();
    private final Supplier<List<String>> tableRegions;
    private final javafx.beans.Observable[] tableRegionsChange;

    /**
     * @param tableRegions the regions the tables show now
     * @param changes      what changes them (the summary line follows)
     */
    public WatchRegions(Supplier<List<String>> tableRegions, javafx.beans.Observable... changes) {
        this.tableRegions = tableRegions;
        this.tableRegionsChange = changes;
    }

    /** The regions to poll now. */
    public List<String> watched() {
        var ticked = ticked();
        return ticked.isEmpty() ? tableRegions.get() : ticked;
    }

    /** The regions ticked; before the list is offered, those remembered from last run. */
    public List<String> ticked() {
        return chosen.items().isEmpty() ? List.copyOf(chosen.remembered()) : chosen.chosen();
    }

    /** Offers every commercial region; not at start (the SDK's region list is slow to load the first time). */
    public void offerRegions() {
        if (chosen.items().isEmpty()) {
            chosen.setItems(AwsRegions.commercial().stream().map(AwsRegions.Choice::id).toList());
        }
    }

    /** The check list of regions. */
    public SelectionList chosen() {
        return chosen;
    }

    /** Chooses what was watched last time. */
    public void restore(List<String> saved) {
        chosen.prefer(saved);
    }

    /** One line under the list: what is watched when nothing is ticked. */
    public StringBinding summaryProperty() {
        return Bindings.createStringBinding(() -> chosen.chosen().isEmpty()
                ? "None ticked: watching the regions the tables show (" + String.join(", ", tableRegions.get()) + ")."
                : "Watching " + String.join(", ", chosen.chosen()) + ".", dependencies());
    }

    private javafx.beans.Observable[] dependencies() {
        var all = java.util.Arrays.copyOf(tableRegionsChange, tableRegionsChange.length + 1);
        all[tableRegionsChange.length] = chosen.selected();
        return all;
    }
}
