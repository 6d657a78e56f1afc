package org.spotspec.ui.prices;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.spotspec.model.prices.PricesModel;
import org.spotspec.ui.common.FirstToCorrect;

/**
 * After Fetch was refused (nothing sent): the cursor goes to what the query lacks or has wrong, in
 * the order of the query pane (types, products, regions, then the max price), scrolled into sight.
 */
final class QueryToCorrect {
    private QueryToCorrect() {
    }

    static void focus(PricesModel model, ListView<String> types, ListView<String> products, ListView<String> regions,
                      TextField maxPrice) {
        Node lacking = model.instanceTypes().chosen().isEmpty() ? types
                : model.products().chosen().isEmpty() ? products
                : model.regions().chosen().isEmpty() ? regions
                : model.maxPriceErrorProperty().get().isEmpty() ? null : maxPrice;
        if (lacking != null) {
            FirstToCorrect.take(lacking);
        }
    }
}
