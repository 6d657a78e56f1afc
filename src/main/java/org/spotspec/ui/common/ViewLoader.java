package org.spotspec.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with the app's resource bundle and a controller factory, so controllers
 * receive their collaborators through their constructors (no static lookups).
 */
public final class ViewLoader {
    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    /** {@code controllers} maps each controller class to the code that constructs it. */
    public ViewLoader(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers);
    }

    /**
     * As above, for controllers that load parts of their view themselves, when first shown (the
     * sign-in view): {@code controllers} is given this loader's {@link #load} to hand to them.
     */
    public ViewLoader(ResourceBundle bundle,
                      Function<Function<FxmlView, Parent>, Map<Class<?>, Supplier<?>>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers.apply(this::load));
    }

    public Parent load(FxmlView view) {
        var url = ViewLoader.class.getResource("/org/spotspec/ui/" + view.path());
        if (url == null) {
            throw new IllegalStateException("Missing view " + view.path());
        }
        var loader = new FXMLLoader(url, bundle, null, this::controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + view.path(), e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    private Object controller(Class<?> type) {
        var supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
