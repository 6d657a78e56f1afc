package org.spotspec.aws;

import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/** The commercial regions the SDK knows, with their names, for the region chooser. */
public final class AwsRegions {

    /** A region id and its human name, e.g. {@code eu-west-1} and {@code Europe (Ireland)}. */
    public record Choice(String id, String name) {
        public String label() {
            return name.isEmpty() ? id : id + " — " + name;
        }
    }

    private AwsRegions() {
    }

    public static List<Choice> commercial() {
        return Region.regions().stream()
                .filter(r -> !r.isGlobalRegion())
                .filter(r -> r.metadata() != null && "aws".equals(r.metadata().partition().id()))
                .map(r -> new Choice(r.id(), describe(r.metadata())))
                .sorted(Comparator.comparing(Choice::id))
                .toList();
    }

    private static String describe(RegionMetadata metadata) {
        return metadata.description() == null ? "" : metadata.description();
    }
}
