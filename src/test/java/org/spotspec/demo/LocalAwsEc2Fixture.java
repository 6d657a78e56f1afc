package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.spotspec.testing.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.MarketType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** LocalAws's stateful EC2 driven by the real SDK v2 Ec2Client over HTTP, on a clock the tests move. */
abstract class LocalAwsEc2Fixture {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    LocalAws aws;
    Ec2Client ec2;
    String ami;
    String subnetB;
    String batchGroup;

    @BeforeEach
    void start() throws Exception {
        aws = new LocalAws(clock);
        ec2 = Ec2Client.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + aws.start(0)))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        ami = ec2.describeImages(b -> b.owners("amazon").filters(filter("name", "al2023-ami-*-x86_64")))
                .images().get(0).imageId();
        subnetB = ec2.describeSubnets(b -> b.filters(filter("availability-zone", "us-east-1b")))
                .subnets().get(0).subnetId();
        batchGroup = ec2.describeSecurityGroups(b -> b.filters(filter("group-name", "batch-workers")))
                .securityGroups().get(0).groupId();
    }

    @AfterEach
    void stop() {
        ec2.close();
        aws.stop();
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    static Ec2Exception fails(Runnable call) {
        return catchThrowableOfType(Ec2Exception.class, call::run);
    }

    static void assertError(Runnable call, int status, String code, String message) {
        var e = fails(call);
        assertThat(e).as(code).isNotNull();
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.awsErrorDetails().errorMessage()).contains(message);
        assertThat(e.requestId()).isNotBlank();
    }

    Consumer<RunInstancesRequest.Builder> spot(int count, String token) {
        return b -> b.imageId(ami).instanceType("m5.large").minCount(1).maxCount(count).keyName("alice-laptop")
                .subnetId(subnetB).securityGroupIds(batchGroup).userData("IyEvYmluL2Jhc2g=")
                .iamInstanceProfile(p -> p.name("batch-worker")).clientToken(token).instanceMarketOptions(m -> m.marketType(MarketType.SPOT)
                        .spotOptions(s -> s.maxPrice("0.09").spotInstanceType("one-time")))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(Tag.builder().key("Name").value("demo").build()).build());
    }

    List<Instance> instances(Filter... filters) {
        var out = new ArrayList<Instance>();
        ec2.describeInstancesPaginator(b -> b.filters(filters)).reservations().forEach(r -> out.addAll(r.instances()));
        return out;
    }

    SpotInstanceRequest request(String id) {
        return ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(id)).spotInstanceRequests().get(0);
    }

    Instance instance(String id) {
        return ec2.describeInstances(b -> b.instanceIds(id)).reservations().get(0).instances().get(0);
    }
}
