package org.spotspec.ui.events;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/**
 * The Events tab's count of events not acknowledged, as a badge beside its title; gone at zero.
 * The badge is the tab's graphic while there is a count ({@code #eventsBadge}).
 * Screen readers hear it through the tab's text ("Events, 3 not acknowledged").
 */
public final class EventsTabBadge {
    private EventsTabBadge() {
    }

    public static void bind(Tab tab, ReadOnlyIntegerProperty unacknowledged) {
        var badge = new Label();
        badge.getStyleClass().add("count-badge");
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> unacknowledged.get() > 999 ? "999+" : Integer.toString(unacknowledged.get()), unacknowledged));
        badge.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> unacknowledged.get() + " events not acknowledged", unacknowledged));
        badge.setId("eventsBadge");
        // Set and removed, not hidden: a tab header sizes itself when its graphic changes, not when
        // the graphic's visibility does (the count appeared only at the next layout, or never).
        tab.graphicProperty().bind(Bindings.when(unacknowledged.greaterThan(0)).then(badge).otherwise((Label) null));
        tab.getStyleClass().add("badged-tab");
    }
}
