package org.spotspec.aws.requests;

import java.time.Instant;
import java.util.Optional;
import org.spotspec.aws.Tags;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;

/**
 * One spot instance request as the Requests table shows it. Strings are never null (empty when
 * AWS left the field out); times are null when absent.
 *
 * @param type                 {@code one-time} or {@code persistent}
 * @param maxPrice             the request's max price per hour, empty when it uses the on-demand price
 * @param zone                 where it launched, else where it asked to launch
 * @param interruptionBehavior terminate, stop or hibernate
 * @param region               the region it was read from (several regions share one table)
 */
public record SpotRequest(String id, String state, String statusCode, String statusMessage, Instant statusUpdated,
                          String type, String instanceType, String maxPrice, String zone, String instanceId,
                          Instant created, Instant validUntil, String interruptionBehavior, String name,
                          String keyName, String region) {

    /** Reads the SDK's answer from {@code region}, tolerating every optional part being absent. */
    public static SpotRequest from(SpotInstanceRequest r, String region) {
        var status = Optional.ofNullable(r.status());
        var spec = Optional.ofNullable(r.launchSpecification());
        var asked = spec.map(s -> s.placement()).map(p -> p.availabilityZone()).orElse("");
        var zone = r.launchedAvailabilityZone() == null || r.launchedAvailabilityZone().isEmpty()
                ? asked : r.launchedAvailabilityZone();
        return new SpotRequest(Tags.text(r.spotInstanceRequestId()), Tags.text(r.stateAsString()),
                status.map(s -> s.code()).map(Tags::text).orElse(""),
                status.map(s -> s.message()).map(Tags::text).orElse(""),
                status.map(s -> s.updateTime()).orElse(null),
                Tags.text(r.typeAsString()), spec.map(s -> s.instanceTypeAsString()).map(Tags::text).orElse(""),
                Tags.text(r.spotPrice()), Tags.text(zone), Tags.text(r.instanceId()), r.createTime(), r.validUntil(),
                Tags.text(r.instanceInterruptionBehaviorAsString()), Tags.name(r.tags()),
                spec.map(s -> s.keyName()).map(Tags::text).orElse(""), Tags.text(region));
    }

    public boolean hasInstance() {
        return !instanceId.isEmpty();
    }
}
