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

    /**
     * The list, worked out once per run. The SDK's region metadata takes a few hundred
     * milliseconds to load (hundreds of generated classes), so {@code App} asks for it on a
     * background thread while the toolkit starts, before the sign-in view needs it.
     */
    public static List<Choice> commercial() {
        return Loaded.COMMERCIAL;
    }

    /** Initialised by the JVM on first use, exactly once, even when two threads race. */
    private static final class Loaded {
        static final List<Choice> COMMERCIAL = load();
    }

    private static List<Choice> load() {
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
