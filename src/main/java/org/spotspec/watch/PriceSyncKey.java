package org.spotspec.watch;

/**
 * A (region, instance type, product) whose prices the archive sync must keep up to date, every
 * zone of it: what a price alert needs synced. The watch package's own record, as it may not
 * name the archive's {@code SpanKey} (the archive depends on this package, not the other way).
 */
public record PriceSyncKey(String region, String instanceType, String product) implements Comparable<PriceSyncKey> {
    @Override
    public int compareTo(PriceSyncKey o) {
        int c = region.compareTo(o.region);
        c = c != 0 ? c : instanceType.compareTo(o.instanceType);
        return c != 0 ? c : product.compareTo(o.product);
    }
}
