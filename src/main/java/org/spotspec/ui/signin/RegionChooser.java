package org.spotspec.ui.signin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.spotspec.aws.AwsRegions;

/** Region ids as values, shown with their names; a region the SDK does not list is kept. */
final class RegionChooser {
    private RegionChooser() {
    }

    static void bind(ComboBox<String> box, List<AwsRegions.Choice> regions, StringProperty selected) {
        Map<String, String> labels = regions.stream()
                .collect(Collectors.toMap(AwsRegions.Choice::id, AwsRegions.Choice::label));
        box.getItems().setAll(regions.stream().map(AwsRegions.Choice::id).toList());
        addIfUnknown(box, selected.get());
        selected.addListener((obs, old, id) -> addIfUnknown(box, id));
        box.valueProperty().bindBidirectional(selected);
        box.setVisibleRowCount(14);
        Function<String, String> label = id -> labels.getOrDefault(id, id);
        box.setCellFactory(list -> cell(label));
        box.setButtonCell(cell(label));
        box.setPromptText("Choose a region");
    }

    private static void addIfUnknown(ComboBox<String> box, String id) {
        if (id != null && !id.isBlank() && !box.getItems().contains(id)) {
            box.getItems().add(id);
        }
    }

    private static ListCell<String> cell(Function<String, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null || id.isEmpty() ? null : label.apply(id));
            }
        };
    }
}
