package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.IdOutcome;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Ids grouped by region, and what a region failing as a whole does to the others. No AWS, no toolkit. */
class ByRegionTest {
    private record Row(String region, String id) {
    }

    private final Map<String, List<String>> twoRegions = new LinkedHashMap<>(Map.of());
    private final List<String> called = new ArrayList<>();

    ByRegionTest() {
        twoRegions.put("us-east-1", List.of("i-1", "i-2"));
        twoRegions.put("eu-west-1", List.of("i-3"));
    }

    private static Ec2Exception awsError(String code) {
        return (Ec2Exception) Ec2Exception.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).serviceName("EC2").build())
                .build();
    }

    @Test
    void groupsIdsByRegionInTheOrderFirstMetAndSaysSo() {
        var ids = ByRegion.ids(List.of(new Row("us-east-1", "sir-a"), new Row("eu-west-1", "sir-c"),
                new Row("us-east-1", "sir-b")), Row::region, Row::id);

        assertThat(ids).containsExactly(Map.entry("us-east-1", List.of("sir-a", "sir-b")),
                Map.entry("eu-west-1", List.of("sir-c")));
        assertThat(ByRegion.describe(ids)).isEqualTo("us-east-1: sir-a, sir-b; eu-west-1: sir-c");
        assertThat(ByRegion.inRegions(ids)).isEqualTo(" in us-east-1, eu-west-1");
        assertThat(ByRegion.inRegions(Map.of("us-east-1", List.of("sir-a")))).isEmpty();
    }

    @Test
    void aRegionFailingAsAWholeFailsItsIdsAndTheOthersStillRun() {
        var results = ByRegion.each("Terminate instances", twoRegions, (region, ids) -> {
            called.add(region);
            if (region.equals("us-east-1")) {
                throw awsError("UnauthorizedOperation");
            }
            return ids.stream().map(id -> IdOutcome.done(IdOutcome.Step.TERMINATE, id, "shutting-down")).toList();
        }, (region, problem) -> ByRegion.failedAll(IdOutcome.Step.TERMINATE, twoRegions.get(region), problem));

        assertThat(called).containsExactly("us-east-1", "eu-west-1");
        assertThat(ByRegion.merged(results.values())).extracting(o -> o.id() + " " + o.status())
                .containsExactly("i-1 FAILED", "i-2 FAILED", "i-3 DONE");
        assertThat(results.get("us-east-1").get(0).detail()).contains("UnauthorizedOperation");
    }

    @Test
    void anExpiredSessionOrEveryRegionFailingPropagatesAsWithOneRegion() {
        assertThatThrownBy(() -> ByRegion.each("Terminate instances", twoRegions, (region, ids) -> {
            throw awsError(region.equals("eu-west-1") ? "ExpiredToken" : "UnauthorizedOperation");
        }, (region, problem) -> List.of())).isInstanceOf(Ec2Exception.class).hasMessageContaining("ExpiredToken");

        assertThatThrownBy(() -> ByRegion.each("Terminate instances", twoRegions, (region, ids) -> {
            throw awsError("UnauthorizedOperation");
        }, (region, problem) -> List.of())).isInstanceOf(Ec2Exception.class);

        assertThatThrownBy(() -> ByRegion.each("Terminate instances", Map.of("us-east-1", List.of("i-1")),
                (region, ids) -> {
                    throw awsError("UnauthorizedOperation");
                }, (region, problem) -> List.of())).as("one region: as it always was").isInstanceOf(Ec2Exception.class);
    }
}
