package org.spotspec.pricedata;

import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;

/** A span of one (region, type, product) fetched from EC2 and stored, its every zone covered. */
public record FetchedSpan(SpanKey key, Span span) {
}
