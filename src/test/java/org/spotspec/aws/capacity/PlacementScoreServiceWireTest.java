package org.spotspec.aws.capacity;

import static org.spotspec.testing.PlacementScoreXml.item;
import static org.spotspec.testing.PlacementScoreXml.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;

/** PlacementScoreService with the real SDK client against a local EC2 answering in EC2's XML. */
class PlacementScoreServiceWireTest {
    private static final String ACTION = "GetSpotPlacementScores";
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final List<String> TYPES = List.of("m5.large", "m5a.large", "m6i.large");

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final PlacementScoreService service =
            new PlacementScoreService(Clock.fixed(NOW.plusNanos(250_123_456), ZoneOffset.UTC), new ZoneNames());

    @Test
    void scoresPerRegionBestFirstWithTheQueryOnTheWire() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null,
                item("us-east-1", null, 6), item("eu-west-1", null, 9), item("eu-central-1", null, 7)));

        var scores = service.scores(wire.session(), ScoreQuery.ofTypes(TYPES, 10, CapacityUnit.UNITS,
                List.of("us-east-1", "eu-west-1", "eu-central-1"), false));

        assertThat(scores).extracting(PlacementScore::region, PlacementScore::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("eu-west-1", 9), org.assertj.core.groups.Tuple.tuple("eu-central-1", 7),
                org.assertj.core.groups.Tuple.tuple("us-east-1", 6));
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.perZone()).isFalse();
            assertThat(s.asOf()).as("to the second: the command line prints it").isEqualTo(NOW);
        });
        var form = AwsStub.form(wire.bodies(ACTION).get(0));
        assertThat(form).containsEntry("InstanceType.1", "m5.large").containsEntry("InstanceType.2", "m5a.large")
                .containsEntry("InstanceType.3", "m6i.large").containsEntry("TargetCapacity", "10")
                .containsEntry("TargetCapacityUnitType", "units").containsEntry("SingleAvailabilityZone", "false")
                .containsEntry("RegionName.1", "us-east-1").containsEntry("RegionName.3", "eu-central-1")
                .containsEntry("MaxResults", "1000").doesNotContainKey("NextToken");
    }

    @Test
    void scoresPerZoneCarryTheZoneIdAndTheAccountsZoneName() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null,
                item("eu-west-1", "euw1-az1", 5), item("eu-west-1", "euw1-az3", 8)));
        wire.aws().ec2Page("DescribeAvailabilityZones", "eu-west-1", null,
                AwsStub.read("ec2-describe-availability-zones.xml"));

        var scores = service.scores(wire.session(), ScoreQuery.ofTypes(TYPES, 40, CapacityUnit.VCPU,
                List.of("eu-west-1"), true));

        assertThat(scores).extracting(PlacementScore::zoneId).containsExactly("euw1-az3", "euw1-az1");
        assertThat(scores).allSatisfy(s -> assertThat(s.perZone()).isTrue());
        assertThat(scores).extracting(PlacementScore::zoneName).containsExactly("eu-west-1a", "eu-west-1c");
        assertThat(AwsStub.form(wire.bodies(ACTION).get(0))).containsEntry("SingleAvailabilityZone", "true")
                .containsEntry("TargetCapacityUnitType", "vcpu");
    }

    @Test
    void zoneNamesThatCannotBeReadLeaveTheIds() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", "euw1-az2", 4)));
        wire.aws().ec2Error("DescribeAvailabilityZones", 403, "UnauthorizedOperation", "You are not authorized.");

        var scores = service.scores(wire.session(), ScoreQuery.ofTypes(TYPES, 1, CapacityUnit.UNITS,
                List.of("eu-west-1"), true));

        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.zoneId()).isEqualTo("euw1-az2");
            assertThat(s.zoneName()).isEmpty();
        });
    }

    @Test
    void followsNextToken() {
        wire.aws().ec2Page(ACTION, null, null, scores("cGFnZS0y", item("us-east-1", null, 3)));
        wire.aws().ec2Page(ACTION, null, "cGFnZS0y", scores(null, item("us-west-2", null, 8)));

        var scores = service.scores(wire.session(), new ScoreQuery(TYPES, java.util.Optional.empty(), 5,
                CapacityUnit.UNITS, List.of(), false, 10));

        assertThat(scores).extracting(PlacementScore::region).containsExactly("us-west-2", "us-east-1");
        var bodies = wire.bodies(ACTION);
        assertThat(bodies).hasSize(2);
        assertThat(AwsStub.form(bodies.get(0))).containsEntry("MaxResults", "10").doesNotContainKey("RegionName.1");
        assertThat(AwsStub.form(bodies.get(1))).containsEntry("NextToken", "cGFnZS0y");
    }

    @Test
    void requirementsAreSentInsteadOfTypes() {
        wire.aws().ec2Page(ACTION, null, null, scores(null, item("us-east-1", null, 7)));

        service.scores(wire.session(), ScoreQuery.ofRequirements(new Requirements(2, 8, 4096, null), 20,
                CapacityUnit.MEMORY_MIB, List.of("us-east-1"), false));

        var form = AwsStub.form(wire.bodies(ACTION).get(0));
        assertThat(form).doesNotContainKey("InstanceType.1")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Min", "2")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Max", "8")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Min", "4096")
                .doesNotContainKey("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Max")
                .containsEntry("TargetCapacityUnitType", "memory-mib");
    }

    @Test
    void theConfigurationCapIsExplained() {
        wire.aws().ec2Error(ACTION, 400, "MaxConfigLimitExceeded",
                "You have exceeded the maximum number of configurations allowed in a rolling 24-hour period.");

        var problem = problemOf(ScoreQuery.ofTypes(TYPES, 10, CapacityUnit.UNITS, List.of(), false));

        assertThat(problem.code()).isEqualTo("MaxConfigLimitExceeded");
        assertThat(problem.meaning()).contains("24 hours");
        assertThat(problem.nextStep()).contains("already asked for", "wait");
        assertThat(problem.awsMessage()).contains("rolling 24-hour");
        assertThat(problem.requestId()).isNotEmpty();
    }

    @Test
    void aMissingPermissionNamesIt() {
        wire.aws().ec2Error(ACTION, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var problem = problemOf(ScoreQuery.ofTypes(TYPES, 10, CapacityUnit.UNITS, List.of(), false));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.PERMISSION);
        assertThat(problem.meaning()).contains("ec2:GetSpotPlacementScores");
    }

    @Test
    void aRejectedValueSaysWhatAwsBounds() {
        wire.aws().ec2Error(ACTION, 400, "InvalidParameterValue", "Target capacity exceeds the limit.");

        var problem = problemOf(ScoreQuery.ofTypes(TYPES, 900, CapacityUnit.UNITS, List.of(), false));

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_INPUT);
        assertThat(problem.nextStep()).contains("smaller capacity");
    }

    @Test
    void aBadQueryIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> service.scores(wire.session(), ScoreQuery.ofTypes(List.of("m5 large"), 0,
                CapacityUnit.UNITS, List.of(), false)))
                .isInstanceOfSatisfying(AwsProblemException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(AwsProblem.Kind.LOCAL);
                    assertThat(e.problem().meaning()).contains("'m5 large'", "1 to 1000");
                });
        assertThat(wire.aws().count(ACTION)).isZero();
    }

    private AwsProblem problemOf(ScoreQuery query) {
        try {
            service.scores(wire.session(), query);
        } catch (RuntimeException e) {
            return ErrorTranslator.translate("Scores", e);
        }
        throw new AssertionError("no failure");
    }
}
