package org.spotspec.model.prices;

import org.spotspec.settings.EnumNames;
import org.spotspec.prices.PriceRange;
import org.spotspec.settings.PriceQuerySettings;

/** Moves the Prices query between the model and the saved settings. */
public final class PriceQuerySettingsAdapter {
    private PriceQuerySettingsAdapter() {
    }

    public static void restore(PricesModel model, PriceQuerySettings saved) {
        model.regions().prefer(saved.regions());
        model.instanceTypes().prefer(saved.instanceTypes());
        model.products().prefer(saved.products());
        EnumNames.find(PriceRange.values(), saved.range()).filter(r -> r != PriceRange.CUSTOM)
                .ifPresent(model.rangeProperty()::set);
        model.maxPriceTextProperty().set(saved.maxPrice());
    }

    public static PriceQuerySettings remember(PricesModel model) {
        return new PriceQuerySettings(model.regions().chosen(), model.instanceTypes().chosen(),
                model.products().chosen(), model.rangeProperty().get().name(), model.maxPriceTextProperty().get());
    }

    /** The price query with the placement score query asked beside it. */
    public static PriceQuerySettings remember(PricesModel model, ScoresModel scores) {
        var query = remember(model);
        return new PriceQuerySettings(query.regions(), query.instanceTypes(), query.products(), query.range(),
                query.maxPrice(), ScoreQuerySettingsAdapter.remember(scores));
    }
}
