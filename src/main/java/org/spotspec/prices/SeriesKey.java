package org.spotspec.prices;

/**
 * One price series: a (region, availability zone, instance type, product) combination, as
 * DescribeSpotPriceHistory reports them.
 */
public record SeriesKey(String region, String availabilityZone, String instanceType, String product)
        implements Comparable<SeriesKey> {

    /** e.g. {@code m5.large · eu-west-1a · Linux/UNIX}. */
    public String label() {
        return instanceType + " · " + availabilityZone + " · " + product;
    }

    @Override
    public int compareTo(SeriesKey o) {
        int c = region.compareTo(o.region);
        c = c != 0 ? c : availabilityZone.compareTo(o.availabilityZone);
        c = c != 0 ? c : instanceType.compareTo(o.instanceType);
        return c != 0 ? c : product.compareTo(o.product);
    }
}
