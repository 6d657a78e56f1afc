package org.spotspec.aws.launch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceMarketOptionsRequest;
import software.amazon.awssdk.services.ec2.model.MarketType;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.RequestSpotInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RequestSpotLaunchSpecification;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotMarketOptions;
import software.amazon.awssdk.services.ec2.model.SpotPlacement;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Turns a {@link LaunchSpec} into the SDK requests of either launch API. */
final class LaunchRequests {
    private LaunchRequests() {
    }

    /**
     * RunInstances with {@code InstanceMarketOptions.MarketType=spot}. Tags go on the instances
     * and on their spot requests.
     *
     * @param clientToken null for a dry run (then the SDK makes one up, as it must send one)
     */
    static RunInstancesRequest run(LaunchSpec spec, String clientToken, boolean dryRun) {
        var spot = SpotMarketOptions.builder()
                .spotInstanceType(spec.requestType().wire())
                .instanceInterruptionBehavior(spec.interruption().wire());
        if (spec.hasMaxPrice()) {
            spot.maxPrice(spec.maxPrice());
        }
        // AWS accepts ValidUntil only for persistent requests (the form enforces it).
        spec.validUntil().ifPresent(spot::validUntil);
        var b = RunInstancesRequest.builder()
                .imageId(spec.imageId())
                .instanceType(spec.instanceType())
                .minCount(spec.count())
                .maxCount(spec.count())
                .instanceMarketOptions(InstanceMarketOptionsRequest.builder().marketType(MarketType.SPOT)
                        .spotOptions(spot.build()).build())
                .clientToken(clientToken)
                .dryRun(dryRun ? Boolean.TRUE : null);
        nonEmpty(spec.keyName(), b::keyName);
        if (!spec.securityGroupIds().isEmpty()) {
            b.securityGroupIds(spec.securityGroupIds());
        }
        nonEmpty(spec.subnetId(), b::subnetId);
        nonEmpty(spec.availabilityZone(), z -> b.placement(Placement.builder().availabilityZone(z).build()));
        nonEmpty(spec.userData(), u -> b.userData(base64(u)));
        nonEmpty(spec.instanceProfile(), p -> b.iamInstanceProfile(profile(p)));
        if (!spec.tags().isEmpty()) {
            b.tagSpecifications(tags(spec, ResourceType.INSTANCE), tags(spec, ResourceType.SPOT_INSTANCES_REQUEST));
        }
        return b.build();
    }

    /** RequestSpotInstances, the legacy API: the launch details go in a LaunchSpecification. */
    static RequestSpotInstancesRequest requestSpot(LaunchSpec spec, String clientToken, boolean dryRun) {
        var launch = RequestSpotLaunchSpecification.builder()
                .imageId(spec.imageId())
                .instanceType(spec.instanceType());
        nonEmpty(spec.keyName(), launch::keyName);
        if (!spec.securityGroupIds().isEmpty()) {
            launch.securityGroupIds(spec.securityGroupIds());
        }
        nonEmpty(spec.subnetId(), launch::subnetId);
        nonEmpty(spec.availabilityZone(), z -> launch.placement(SpotPlacement.builder().availabilityZone(z).build()));
        nonEmpty(spec.userData(), u -> launch.userData(base64(u)));
        nonEmpty(spec.instanceProfile(), p -> launch.iamInstanceProfile(profile(p)));
        var b = RequestSpotInstancesRequest.builder()
                .instanceCount(spec.count())
                .type(spec.requestType().wire())
                .instanceInterruptionBehavior(spec.interruption().wire())
                .launchSpecification(launch.build())
                .clientToken(clientToken)
                .dryRun(dryRun ? Boolean.TRUE : null);
        if (spec.hasMaxPrice()) {
            b.spotPrice(spec.maxPrice());
        }
        spec.validUntil().ifPresent(b::validUntil);
        if (!spec.tags().isEmpty()) {
            // RequestSpotInstances tags only the request itself.
            b.tagSpecifications(tags(spec, ResourceType.SPOT_INSTANCES_REQUEST));
        }
        return b.build();
    }

    /** EC2 wants user data base64-encoded; its 16 KB limit applies before encoding. */
    static String base64(String userData) {
        return Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8));
    }

    private static IamInstanceProfileSpecification profile(String nameOrArn) {
        var b = IamInstanceProfileSpecification.builder();
        return (nameOrArn.startsWith("arn:") ? b.arn(nameOrArn) : b.name(nameOrArn)).build();
    }

    private static TagSpecification tags(LaunchSpec spec, ResourceType type) {
        List<Tag> tags = new ArrayList<>();
        spec.tags().forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
        return TagSpecification.builder().resourceType(type).tags(tags).build();
    }

    private static void nonEmpty(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }
}
