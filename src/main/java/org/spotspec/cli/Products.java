package org.spotspec.cli;

import java.util.Locale;
import org.spotspec.prices.PriceQuery;

/** Product descriptions as typed on a command line. */
final class Products {
    private Products() {
    }

    /** The product as EC2 spells it, whatever the case typed; a usage error for an unknown one. */
    static String canonical(String typed) {
        var t = typed.trim();
        return PriceQuery.PRODUCTS.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> CliFailure.usage("--product: '" + t + "' is not one of "
                        + String.join(", ", PriceQuery.PRODUCTS) + "."));
    }
}
