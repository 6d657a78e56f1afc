package org.spotspec.pricedata;

import java.util.List;
import java.util.OptionalDouble;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.prices.PriceHistory;
import org.spotspec.watch.PriceAlertRule;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.watch.StoredEvent;

/**
 * Price alerts, checked against the archive: each price the rules read goes through the archive,
 * which first fetches what it lacks (only the minutes since the series' last sync), so the rules'
 * series are synced as they are judged. Blocking; run it in the background. Without an archive the
 * rules are judged on a plain fetch.
 */
public final class AlertSync {
    private final ArchivedPrices prices;
    private final PriceAlerts alerts;

    public AlertSync(ArchivedPrices prices, PriceAlerts alerts) {
        this.prices = prices;
        this.alerts = alerts;
    }

    /**
     * @param myMaxPrice "my max price" for rules that compare with it; empty when none is set
     * @return the alerts that fired, as stored
     */
    public List<StoredEvent> check(AwsSession session, List<PriceAlertRule> rules, OptionalDouble myMaxPrice) {
        if (rules.isEmpty()) {
            return List.of();
        }
        return alerts.check(rules, query -> read(session, query), myMaxPrice);
    }

    private PriceHistory read(AwsSession session, org.spotspec.prices.PriceQuery query) {
        return prices.fetch(session, query, FetchProgress.NONE, () -> false).result().history();
    }
}
