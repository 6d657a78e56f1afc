package org.spotspec.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.AwsStub.read;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;

/**
 * What the price view offers to choose from (instance types, availability zones) and the
 * session's regional clients, with the real SDK against a local EC2 over HTTP.
 */
class SpotPriceServiceLookupWireTest {
    private static final String OFFERINGS = "DescribeInstanceTypeOfferings";
    private static final String ZONES = "DescribeAvailabilityZones";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final SpotPriceService service = new SpotPriceService();

    @Test
    void instanceTypesArePagedAndSortedByFamilyThenSize() {
        wire.aws().ec2Page(OFFERINGS, null, null, read("ec2-instance-type-offerings-page1.xml"));
        wire.aws().ec2Page(OFFERINGS, null, "AAEAAW9mZmVyaW5ncy0y", read("ec2-instance-type-offerings-page2.xml"));

        var types = service.instanceTypes(wire.session(), "eu-west-1");

        assertThat(types.fromFallback()).isFalse();
        assertThat(types.types()).containsExactly("c5.large", "m5.large", "m5.xlarge", "m5.2xlarge", "m5.4xlarge",
                "m5.12xlarge", "m5.metal", "m5a.large", "m6i.4xlarge", "m6i.32xlarge", "t3.nano", "t3.micro");
        var calls = wire.aws().requests(OFFERINGS);
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(LoggedRequest::getBodyAsString)
                .allSatisfy(b -> assertThat(b).contains("LocationType=region", "MaxResults=1000"));
        assertThat(calls.get(1).getBodyAsString()).contains("NextToken=AAEAAW9mZmVyaW5ncy0y");
    }

    /** At sign-in the price view and the launch form both ask; EC2 is asked once. */
    @Test
    void twoCallersAtOnceShareOneListing() throws Exception {
        wire.aws().server().stubFor(AwsStub.action(OFFERINGS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(read("ec2-instance-type-offerings-page2.xml"))
                .withFixedDelay(1500)));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> service.instanceTypes(wire.session(), "eu-west-1"));
            // The first request has reached EC2 (which holds its answer 1.5 s): the second asks now.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wire.aws().count(OFFERINGS) == 1);
            var second = pool.submit(() -> service.instanceTypes(wire.session(), "eu-west-1"));

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
            assertThat(first.get().types()).isNotEmpty();
            assertThat(wire.aws().count(OFFERINGS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // Asked again later (a Refresh), EC2 is asked again.
        service.instanceTypes(wire.session(), "eu-west-1");
        assertThat(wire.aws().count(OFFERINGS)).isEqualTo(2);
    }

    @Test
    void withoutPermissionTheBuiltInTypesAreOfferedAndSaySo() {
        wire.aws().ec2Error(OFFERINGS, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var types = service.instanceTypes(wire.session(), "eu-west-1");

        assertThat(types.fromFallback()).isTrue();
        assertThat(types.types()).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .contains("t3.micro", "t4g.nano", "m5.large", "m7g.metal", "c7i.48xlarge", "g5.xlarge", "p3.2xlarge",
                        "inf1.xlarge", "i4i.large", "d3.xlarge")
                .isSortedAccordingTo(InstanceTypeOrder.INSTANCE);
    }

    @Test
    void otherInstanceTypeErrorsReachTheCaller() {
        wire.aws().ec2Error(OFFERINGS, 400, "InvalidParameterValue", "Invalid value for LocationType");
        var failure = catchThrowable(() -> service.instanceTypes(wire.session(), "eu-west-1"));
        assertThat(failure).isInstanceOf(AwsServiceException.class);
        assertThat(ErrorTranslator.translate("List types", failure).kind()).isEqualTo(AwsProblem.Kind.BAD_INPUT);
    }

    @Test
    void availabilityZonesComeSortedByNameWithTheirIds() {
        wire.aws().ec2Page(ZONES, "eu-west-1", null, read("ec2-describe-availability-zones.xml"));

        assertThat(service.availabilityZones(wire.session(), "eu-west-1")).containsExactly(
                new SpotPriceService.Zone("eu-west-1a", "euw1-az3"), new SpotPriceService.Zone("eu-west-1b", "euw1-az2"),
                new SpotPriceService.Zone("eu-west-1c", "euw1-az1"));
    }

    @Test
    void withoutPermissionThereAreNoZones() {
        wire.aws().ec2Error(ZONES, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        assertThat(service.availabilityZones(wire.session(), "eu-west-1")).isEmpty();
    }

    @Test
    void regionalClientsAreMadeOnceAndClosedWithTheSession() {
        assertThat(wire.session().ec2(Region.EU_WEST_1)).isSameAs(wire.session().ec2());
        var useast = wire.session().ec2(Region.US_EAST_1);
        assertThat(wire.session().ec2(Region.US_EAST_1)).isSameAs(useast).isNotSameAs(wire.session().ec2());
        wire.session().close();
        assertThat(catchThrowable(() -> wire.session().ec2(Region.US_EAST_1))).isInstanceOf(IllegalStateException.class);
    }
}
