package org.spotspec.archive;

import java.time.Instant;
import java.util.Objects;

/** A closed time span [from, to], whole seconds as the archive keeps them. */
public record Span(Instant from, Instant to) {
    public Span {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    static Span ofSeconds(long from, long to) {
        return new Span(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to));
    }
}
