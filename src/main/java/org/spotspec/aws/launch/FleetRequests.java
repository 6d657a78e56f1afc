package org.spotspec.aws.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateFleetRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.DefaultTargetCapacityType;
import software.amazon.awssdk.services.ec2.model.FleetLaunchTemplateConfigRequest;
import software.amazon.awssdk.services.ec2.model.FleetLaunchTemplateOverridesRequest;
import software.amazon.awssdk.services.ec2.model.FleetLaunchTemplateSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.FleetType;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateIamInstanceProfileSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SpotOptionsRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.TargetCapacitySpecificationRequest;

/** Turns a {@link FleetSpec} into CreateLaunchTemplate and CreateFleet requests. */
final class FleetRequests {
    private FleetRequests() {
    }

    /**
     * The template holds what every pool shares (image, key, groups, user data, profile); the
     * type and subnet come from the fleet's overrides. It carries SpotSpec's tag so the user can
     * find it, and the launch's ClientToken so a retried attempt creates no second template.
     */
    static CreateLaunchTemplateRequest template(FleetSpec spec, String name, String clientToken, boolean dryRun) {
        var data = RequestLaunchTemplateData.builder().imageId(spec.imageId());
        nonEmpty(spec.keyName(), data::keyName);
        if (!spec.securityGroupIds().isEmpty()) {
            data.securityGroupIds(spec.securityGroupIds());
        }
        nonEmpty(spec.userData(), u -> data.userData(LaunchRequests.base64(u)));
        nonEmpty(spec.instanceProfile(), p -> {
            var profile = LaunchTemplateIamInstanceProfileSpecificationRequest.builder();
            data.iamInstanceProfile((p.startsWith("arn:") ? profile.arn(p) : profile.name(p)).build());
        });
        return CreateLaunchTemplateRequest.builder()
                .launchTemplateName(name)
                .versionDescription("Created by SpotSpec for an EC2 Fleet launch")
                .launchTemplateData(data.build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.LAUNCH_TEMPLATE)
                        .tags(tags(Map.of(FleetTemplate.TAG_KEY, FleetTemplate.TAG_VALUE))).build())
                .clientToken(clientToken)
                .dryRun(dryRun ? Boolean.TRUE : null)
                .build();
    }

    /**
     * CreateFleet type instant: one launch template config whose overrides are every pool.
     * The user's max price is per instance-hour, which is each override's MaxPrice (SpotOptions'
     * MaxTotalPrice would cap the whole fleet's hourly spend instead).
     */
    static CreateFleetRequest fleet(FleetSpec spec, FleetTemplate template, String clientToken, boolean dryRun) {
        var ref = FleetLaunchTemplateSpecificationRequest.builder().version(template.version());
        if (!template.id().isEmpty()) {
            ref.launchTemplateId(template.id());
        } else {
            ref.launchTemplateName(template.name());
        }
        var overrides = new ArrayList<FleetLaunchTemplateOverridesRequest>();
        for (var pool : spec.pools()) {
            var o = FleetLaunchTemplateOverridesRequest.builder().instanceType(pool.instanceType());
            nonEmpty(pool.subnetId(), o::subnetId);
            nonEmpty(pool.zone(), o::availabilityZone);
            nonEmpty(spec.maxPrice(), o::maxPrice);
            overrides.add(o.build());
        }
        var b = CreateFleetRequest.builder()
                .type(FleetType.INSTANT)
                .launchTemplateConfigs(FleetLaunchTemplateConfigRequest.builder()
                        .launchTemplateSpecification(ref.build()).overrides(overrides).build())
                .targetCapacitySpecification(TargetCapacitySpecificationRequest.builder()
                        .totalTargetCapacity(spec.targetCapacity())
                        .onDemandTargetCapacity(spec.onDemandBase())
                        .spotTargetCapacity(spec.targetCapacity() - spec.onDemandBase())
                        .defaultTargetCapacityType(DefaultTargetCapacityType.SPOT).build())
                .spotOptions(SpotOptionsRequest.builder().allocationStrategy(spec.strategy().wire()).build())
                .clientToken(clientToken)
                .dryRun(dryRun ? Boolean.TRUE : null);
        if (!spec.tags().isEmpty()) {
            // Instant fleets tag their instances at launch (the template stays SpotSpec's own).
            b.tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                    .tags(tags(spec.tags())).build());
        }
        return b.build();
    }

    private static List<Tag> tags(Map<String, String> tags) {
        var out = new ArrayList<Tag>();
        tags.forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
        return out;
    }

    private static void nonEmpty(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }
}
