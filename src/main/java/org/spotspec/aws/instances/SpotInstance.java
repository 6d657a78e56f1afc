package org.spotspec.aws.instances;

import java.time.Instant;
import java.util.Optional;
import org.spotspec.aws.Tags;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * One spot instance as the Instances table shows it. Strings are never null; launchTime may be.
 *
 * @param stateReason EC2's code for why it is in its state ({@code Server.SpotInstanceTermination},
 *                    {@code Client.UserInitiatedShutdown}, …); empty when EC2 gives none
 * @param region      the region it was read from (several regions share one table)
 */
public record SpotInstance(String id, String state, String instanceType, String zone, String publicIp,
                           String privateIp, String publicDns, String privateDns, Instant launchTime,
                           String spotRequestId, String keyName, String name, String stateReason, String region) {

    public static SpotInstance from(Instance i, String region) {
        return new SpotInstance(Tags.text(i.instanceId()),
                Optional.ofNullable(i.state()).map(s -> s.nameAsString()).map(Tags::text).orElse(""),
                Tags.text(i.instanceTypeAsString()),
                Optional.ofNullable(i.placement()).map(p -> p.availabilityZone()).map(Tags::text).orElse(""),
                Tags.text(i.publicIpAddress()), Tags.text(i.privateIpAddress()), Tags.text(i.publicDnsName()),
                Tags.text(i.privateDnsName()), i.launchTime(), Tags.text(i.spotInstanceRequestId()),
                Tags.text(i.keyName()), Tags.name(i.tags()),
                Optional.ofNullable(i.stateReason()).map(r -> r.code()).map(Tags::text).orElse(""), Tags.text(region));
    }
}
