package org.spotspec.ui.prices;

import java.util.LinkedHashMap;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.spotspec.model.prices.PricesModel;
import org.spotspec.model.prices.SelectionList;
import org.spotspec.ui.common.Scrolling;

/**
 * After Fetch was refused (nothing sent): the cursor goes to what the query lacks or has wrong, in
 * the order of the query pane (types, products, regions, then the max price), scrolled into sight.
 */
final class QueryToCorrect {
    private QueryToCorrect() {
    }

    static void focus(PricesModel model, ListView<String> types, ListView<String> products, ListView<String> regions,
                      TextField maxPrice) {
        var lacking = new LinkedHashMap<Node, Boolean>();
        lacking.put(types, isEmpty(model.instanceTypes()));
        lacking.put(products, isEmpty(model.products()));
        lacking.put(regions, isEmpty(model.regions()));
        lacking.put(maxPrice, !model.maxPriceErrorProperty().get().isEmpty());
        lacking.entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).findFirst().ifPresent(node -> {
            node.requestFocus();
            Scrolling.revealLater(node);
        });
    }

    private static boolean isEmpty(SelectionList list) {
        return list.chosen().isEmpty();
    }
}
