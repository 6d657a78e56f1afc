package org.spotspec.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Window;
import javafx.stage.Stage;

/** The application icon in every size the window managers ask for. */
public final class AppIcons {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static List<Image> all() {
        return SIZES.stream().map(AppIcons::image).toList();
    }

    public static Image image(int size) {
        var url = Objects.requireNonNull(AppIcons.class.getResource("/org/spotspec/ui/icons/app-" + size + ".png"),
                "icon " + size);
        return new Image(url.toExternalForm());
    }

    /** Gives a dialog's window the app icon (dialogs do not inherit it on every OS). */
    public static void apply(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(all());
        }
    }
}
