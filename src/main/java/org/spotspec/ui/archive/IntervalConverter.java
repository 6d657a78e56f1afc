package org.spotspec.ui.archive;

import javafx.util.StringConverter;

/** Minutes between syncs as the interval box shows them: "15 minutes", "1 hour", "6 hours". */
final class IntervalConverter extends StringConverter<Integer> {
    @Override
    public String toString(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        if (minutes % 60 == 0) {
            int hours = minutes / 60;
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return minutes + " minutes";
    }

    @Override
    public Integer fromString(String text) {
        throw new UnsupportedOperationException("the interval box is not editable");
    }
}
