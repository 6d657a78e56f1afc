package org.spotspec.ui.signin;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.spotspec.aws.ProfileInfo;

/** The profile chooser: names as values, each shown with how it signs in, MFA and region. */
final class ProfileChooser {
    private ProfileChooser() {
    }

    static void bind(ComboBox<String> box, ObservableList<ProfileInfo> profiles, StringProperty selected) {
        profiles.addListener((ListChangeListener<ProfileInfo>) change ->
                box.getItems().setAll(profiles.stream().map(ProfileInfo::name).toList()));
        box.getItems().setAll(profiles.stream().map(ProfileInfo::name).toList());
        box.valueProperty().bindBidirectional(selected);
        box.setCellFactory(list -> cell(profiles));
        box.setButtonCell(cell(profiles));
        box.setPromptText("No profiles found");
    }

    private static ListCell<String> cell(ObservableList<ProfileInfo> profiles) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null || name.isEmpty()) {
                    setText(null);
                } else {
                    setText(profiles.stream().filter(p -> p.name().equals(name)).findFirst()
                            .map(ProfileInfo::summary).orElse(name));
                }
            }
        };
    }
}
