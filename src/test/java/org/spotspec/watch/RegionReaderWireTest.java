package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.WireSession;

/** The watcher's reads over real HTTP, counted: one call per region and kind per poll, whatever the fleet's size. */
class RegionReaderWireTest {
    private static final int FLEET = 300;

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final RegionReader reader = new RegionReader(new SpotRequestService(), new InstanceService());

    @Test
    void threePollsOfTwoRegionsWith300InstancesEachAreSixCallsOfEachKind() {
        for (var region : List.of("us-east-1", "eu-west-1")) {
            var requests = new ArrayList<String>();
            var instances = new ArrayList<String>();
            for (int i = 0; i < FLEET; i++) {
                var requestId = String.format("sir-%08x", i);
                var instanceId = String.format("i-%017x", i);
                requests.add(Ec2Fixtures.spotRequest(requestId, "active", "fulfilled", instanceId));
                instances.add(Ec2Fixtures.instance(instanceId, "running", requestId));
            }
            wire.aws().ec2Page("DescribeSpotInstanceRequests", region, null, Ec2Fixtures.describeSpotRequests(null,
                    requests.toArray(String[]::new)));
            wire.aws().ec2Page("DescribeInstances", region, null, Ec2Fixtures.describeInstances(null,
                    instances.toArray(String[]::new)));
        }

        var reads = new ArrayList<RegionRead>();
        for (int poll = 0; poll < 3; poll++) {
            reads.add(reader.read(wire.session(), "us-east-1"));
            reads.add(reader.read(wire.session(), "eu-west-1"));
        }

        assertThat(wire.aws().count("DescribeSpotInstanceRequests")).isEqualTo(6);
        assertThat(wire.aws().count("DescribeInstances")).isEqualTo(6);
        assertThat(wire.ec2Actions()).containsOnly("DescribeSpotInstanceRequests", "DescribeInstances");
        assertThat(reads).allSatisfy(r -> {
            assertThat(r.requests()).hasSize(FLEET);
            assertThat(r.instances()).hasSize(FLEET);
        });
        assertThat(reads.get(0).region()).isEqualTo("us-east-1");
        assertThat(reads.get(0).instances()).allMatch(i -> i.region().equals("us-east-1"));
        assertThat(wire.aws().requests("DescribeInstances")).extracting(AwsStub::signedRegion)
                .containsExactly("us-east-1", "eu-west-1", "us-east-1", "eu-west-1", "us-east-1", "eu-west-1");
        assertThat(wire.bodies("DescribeInstances")).allMatch(b -> b.contains("Filter.1.Name=instance-lifecycle"));
        assertThat(wire.bodies("DescribeSpotInstanceRequests")).noneMatch(b -> b.contains("Filter."));
    }
}
