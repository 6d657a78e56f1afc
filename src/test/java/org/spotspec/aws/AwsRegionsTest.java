package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsRegionsTest {

    @Test
    void listsTheCommercialRegionsWithTheirNames() {
        assertThat(AwsRegions.commercial())
                .contains(new AwsRegions.Choice("us-east-1", "US East (N. Virginia)"),
                        new AwsRegions.Choice("eu-west-1", "Europe (Ireland)"))
                .isSortedAccordingTo(Comparator.comparing(AwsRegions.Choice::id))
                .extracting(AwsRegions.Choice::id)
                .doesNotContain("cn-north-1", "us-gov-west-1", "us-iso-east-1", "aws-global");
    }

    /** The shortcut through the generated tables gives what the SDK's own metadata calls give. */
    @Test
    void agreesWithTheSdksMetadataLookup() {
        var expected = Region.regions().stream()
                .filter(r -> !r.isGlobalRegion())
                .filter(r -> r.metadata() != null && "aws".equals(r.metadata().partition().id()))
                .map(r -> new AwsRegions.Choice(r.id(),
                        r.metadata().description() == null ? "" : r.metadata().description()))
                .sorted(Comparator.comparing(AwsRegions.Choice::id))
                .toList();

        assertThat(AwsRegions.commercial()).isEqualTo(expected).hasSizeGreaterThan(20);
    }
}
