package org.spotspec.aws;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.regions.GeneratedPartitionMetadataProvider;
import software.amazon.awssdk.regions.GeneratedRegionMetadataProvider;
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

    /**
     * The list, worked out once per run, on a background thread while the toolkit starts
     * ({@code WarmUp}), before the sign-in view needs it.
     */
    public static List<Choice> commercial() {
        return Loaded.COMMERCIAL;
    }

    /** Initialised by the JVM on first use, exactly once, even when two threads race. */
    private static final class Loaded {
        static final List<Choice> COMMERCIAL = load();
    }

    /**
     * Asks the SDK's generated region and partition tables directly: {@code Region.metadata()}
     * and {@code RegionMetadata.partition()} go through the SDK's metadata loader, which builds
     * the metadata of every AWS service as well (three hundred classes, a third of a second of
     * a core while the window is starting), none of which a region's name and partition need.
     */
    private static List<Choice> load() {
        var regionTable = new GeneratedRegionMetadataProvider();
        var partitionTable = new GeneratedPartitionMetadataProvider();
        return Region.regions().stream()
                .filter(r -> !r.isGlobalRegion())
                .filter(r -> "aws".equals(partitionTable.partitionMetadata(r).id()))
                .map(regionTable::regionMetadata)
                .filter(Objects::nonNull)
                .map(m -> new Choice(m.id(), describe(m)))
                .sorted(Comparator.comparing(Choice::id))
                .toList();
    }

    private static String describe(RegionMetadata metadata) {
        return metadata.description() == null ? "" : metadata.description();
    }
}
