package org.spotspec.model.tables;

import java.util.List;
import java.util.Optional;
import org.spotspec.model.session.SessionState;

/** Where a destructive action would land, for its confirmation: the region and the account. */
public record ActionTarget(String region, String account, String arn) {

    public static Optional<ActionTarget> of(SessionState session) {
        return session.current().map(s -> new ActionTarget(s.region().id(), s.identity().account(), s.identity().arn()));
    }

    /**
     * The same account, in the regions of the ids an action touches (rows of several regions
     * share a table): {@code region} becomes "us-east-1, eu-west-1"; unchanged when none is given.
     */
    public ActionTarget inRegions(List<String> regions) {
        var named = regions.stream().filter(r -> r != null && !r.isEmpty()).distinct().toList();
        return named.isEmpty() ? this : new ActionTarget(String.join(", ", named), account, arn);
    }

    /** Whether the action touches more than one region. */
    public boolean severalRegions() {
        return region.contains(", ");
    }
}
