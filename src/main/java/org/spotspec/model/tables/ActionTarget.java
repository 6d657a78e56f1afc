package org.spotspec.model.tables;

import java.util.Optional;
import org.spotspec.model.session.SessionState;

/** Where a destructive action would land, for its confirmation: the region and the account. */
public record ActionTarget(String region, String account, String arn) {

    public static Optional<ActionTarget> of(SessionState session) {
        return session.current().map(s -> new ActionTarget(s.region().id(), s.identity().account(), s.identity().arn()));
    }
}
