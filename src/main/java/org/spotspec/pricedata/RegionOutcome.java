package org.spotspec.pricedata;

import java.util.Optional;
import org.spotspec.aws.AwsProblem;

/**
 * One region of a sync.
 *
 * @param records      price records received and stored (a record already stored is kept once)
 * @param spansFetched spans of (type, product) fetched and marked covered
 * @param failure      why the region failed; empty when it did not
 */
public record RegionOutcome(String region, long records, int spansFetched, Optional<AwsProblem> failure) {
    public boolean failed() {
        return failure.isPresent();
    }
}
