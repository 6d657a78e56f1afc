package org.spotspec.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.spotspec.aws.AwsProblem;
import org.spotspec.model.tables.LiveTable;
import org.spotspec.model.tables.RefreshInterval;

/** The tool bar every live table has: filters, refresh, interval, when it was read, what failed. */
public final class LiveTableControls {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The bar's controls, as the view declares them. */
    public record Bar(TextField filterText, ComboBox<String> stateFilter, ComboBox<RefreshInterval> intervalBox,
                      Button refreshButton, ProgressIndicator loadingIndicator, Label refreshedLabel,
                      Label problemLabel) {
    }

    private LiveTableControls() {
    }

    public static void bind(Bar bar, LiveTable<?> model, ZoneId zone) {
        bar.filterText().textProperty().bindBidirectional(model.filterTextProperty());
        bar.stateFilter().setItems(model.states());
        bar.stateFilter().valueProperty().bindBidirectional(model.stateFilterProperty());
        bar.intervalBox().getItems().setAll(RefreshInterval.values());
        bar.intervalBox().valueProperty().bindBidirectional(model.intervalProperty());
        bar.refreshButton().disableProperty().bind(model.loadingProperty());
        bar.refreshButton().setOnAction(e -> model.refresh());
        bar.loadingIndicator().visibleProperty().bind(model.loadingProperty());
        bar.refreshedLabel().textProperty().bind(Bindings.createStringBinding(
                () -> refreshed(model.refreshedAtProperty().get(), model.rows().size(), zone),
                model.refreshedAtProperty(), model.rows()));
        FieldBindings.message(bar.problemLabel(), Bindings.createStringBinding(
                () -> model.problemProperty().get() != null
                        ? describe(model.problemProperty().get(), model.refreshedAtProperty().get() != null)
                        : describeRegions(model.regionProblemsProperty().get()),
                model.problemProperty(), model.refreshedAtProperty(), model.regionProblemsProperty()));
    }

    /**
     * The table's placeholder: {@code empty} ("no … in this region") once a read came back empty
     * or before any, or that the filters hide every row read; {@code notLoaded} instead while nothing was ever read and the read failed,
     * its text (from the view) followed by why and what to do.
     */
    public static void placeholder(Label empty, Label notLoaded, LiveTable<?> model) {
        var failedFirst = model.problemProperty().isNotNull().and(model.refreshedAtProperty().isNull());
        FieldBindings.showWhen(empty, failedFirst.not());
        FieldBindings.showWhen(notLoaded, failedFirst);
        var none = empty.getText();
        var regions = model.regions().effectiveProperty();
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            int hidden = model.hiddenByFiltersProperty().get();
            // "in this region" names the regions: with several, "this" would not say which.
            return hidden == 0 ? none.replace("in this region", regions.get().size() < 2 ? "in this region"
                    : "in " + String.join(", ", regions.get()))
                    : "None of the " + hidden + " read match the filters. Clear the filter text or choose All states.";
        }, model.hiddenByFiltersProperty(), regions));
        var heading = notLoaded.getText();
        notLoaded.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = model.problemProperty().get();
            return p == null ? heading : heading + " " + p.headline() + ". " + p.meaning() + " What to do: "
                    + p.nextStep();
        }, model.problemProperty()));
    }

    /**
     * The regions that failed while the others' rows show, each with its code, meaning and next
     * step: {@code eu-west-1: AccessDenied — … The other regions are shown.}; "" when none.
     */
    public static String describeRegions(Map<String, AwsProblem> failed) {
        if (failed == null || failed.isEmpty()) {
            return "";
        }
        return failed.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().code() + " — "
                + e.getValue().meaning() + " What to do: " + e.getValue().nextStep())
                .collect(Collectors.joining(" ")) + " The other regions are shown.";
    }

    private static String refreshed(Instant at, int shown, ZoneId zone) {
        return at == null ? "Not loaded yet" : shown + " shown · updated " + TIME.format(at.atZone(zone));
    }

    /**
     * The failure in one block: code, meaning, next step, request id, and whether the rows below
     * are the last ones read or nothing was read at all.
     */
    public static String describe(AwsProblem p, boolean readBefore) {
        if (p == null) {
            return "";
        }
        return p.headline() + ". " + p.meaning() + " What to do: " + p.nextStep()
                + (p.requestId().isEmpty() ? "" : " (request id " + p.requestId() + ")")
                + (readBefore ? " The table shows the last rows read." : " Nothing has been read yet.");
    }
}
