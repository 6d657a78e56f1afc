package org.spotspec.aws.launch;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.DryRun;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.ArchitectureType;
import software.amazon.awssdk.services.ec2.model.CreateFleetError;
import software.amazon.awssdk.services.ec2.model.CreateFleetInstance;
import software.amazon.awssdk.services.ec2.model.InstanceRequirementsRequest;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfoFromInstanceRequirements;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateAndOverridesResponse;
import software.amazon.awssdk.services.ec2.model.MemoryMiBRequest;
import software.amazon.awssdk.services.ec2.model.VCpuCountRangeRequest;
import software.amazon.awssdk.services.ec2.model.VirtualizationType;

/**
 * Launches across many instance types and subnets at once with an EC2 Fleet of type
 * {@code instant}: CreateLaunchTemplate (unless the user names a template), then CreateFleet,
 * whose answer lists per pool what launched and what failed. Blocking; no JavaFX.
 *
 * <p>Idempotency: one ClientToken per user action goes on both calls, so the SDK's retry of an
 * attempt whose answer was lost creates neither a second template nor a second fleet.
 */
public final class FleetService {
    private static final Logger LOG = LoggerFactory.getLogger(FleetService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Clock clock;
    private final RandomGenerator random;

    /** @param random for the template names' suffix, so two launches in one second differ */
    public FleetService(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** {@code spotspec-20261127-100000-k3x9}: sorts by time, says who made it, unique enough. */
    public String templateName() {
        var suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return "spotspec-" + STAMP.format(clock.instant()) + "-" + suffix;
    }

    /** Creates the launch template and the fleet; see {@link #createTemplate} and {@link #createFleet}. */
    public FleetResult launch(AwsSession session, FleetSpec spec, String clientToken) {
        return createFleet(session, spec, createTemplate(session, spec, clientToken), clientToken);
    }

    /**
     * The template {@code spec} launches from: a new one made from its fields (tagged
     * {@value FleetTemplate#TAG_KEY}={@value FleetTemplate#TAG_VALUE}), or the user's own.
     */
    public FleetTemplate createTemplate(AwsSession session, FleetSpec spec, String clientToken) {
        checkToken(clientToken);
        if (!spec.createsTemplate()) {
            return FleetTemplate.existing(spec.launchTemplate(), spec.templateVersion());
        }
        var name = templateName();
        LOG.info("Creating launch template {} for {}", name, spec);
        var made = session.ec2().createLaunchTemplate(FleetRequests.template(spec, name, clientToken, false))
                .launchTemplate();
        var version = made.latestVersionNumber() == null ? "$Latest" : String.valueOf(made.latestVersionNumber());
        return new FleetTemplate(text(made.launchTemplateId()), made.launchTemplateName() == null ? name
                : made.launchTemplateName(), version, true);
    }

    /**
     * CreateFleet type instant from {@code template}.
     *
     * @throws AwsServiceException when EC2 refuses the whole call (pool failures are in the result)
     */
    public FleetResult createFleet(AwsSession session, FleetSpec spec, FleetTemplate template, String clientToken) {
        checkToken(clientToken);
        LOG.info("Creating fleet with client token {} from template {}", clientToken, template.label());
        var answer = session.ec2().createFleet(FleetRequests.fleet(spec, template, clientToken, false));
        var launched = answer.instances().stream().map(FleetService::launched).toList();
        var errors = answer.errors().stream().map(FleetService::error).toList();
        var result = new FleetResult(template, text(answer.fleetId()), launched, errors, spec.targetCapacity(),
                clientToken);
        LOG.info("{}", result.summary());
        return result;
    }

    /**
     * Asks EC2 whether the launch would be allowed, creating nothing. A new template cannot
     * exist yet, so CreateFleet is checked only when the user names an existing template.
     */
    public List<FleetCheck> dryRun(AwsSession session, FleetSpec spec) {
        var ec2 = session.ec2();
        var checks = new ArrayList<FleetCheck>();
        if (spec.createsTemplate()) {
            var verdict = DryRun.check("Validate launch template (dry run)", "ec2:CreateLaunchTemplate",
                    () -> ec2.createLaunchTemplate(FleetRequests.template(spec, templateName(), null, true)));
            checks.add(new FleetCheck("CreateLaunchTemplate", "ec2:CreateLaunchTemplate", verdict, ""));
            checks.add(new FleetCheck("CreateFleet", "ec2:CreateFleet", null, "Not checked: CreateFleet needs the "
                    + "launch template to exist, and a dry run creates none. It also needs ec2:RunInstances and "
                    + "ec2:CreateTags (and iam:PassRole with an instance profile)."));
            return checks;
        }
        var template = FleetTemplate.existing(spec.launchTemplate(), spec.templateVersion());
        var verdict = DryRun.check("Validate fleet (dry run)", "ec2:CreateFleet",
                () -> ec2.createFleet(FleetRequests.fleet(spec, template, null, true)));
        checks.add(new FleetCheck("CreateFleet", "ec2:CreateFleet", verdict, "Template " + template.label() + "."));
        return checks;
    }

    /**
     * The instance types that meet {@code requirements} in the session's region (all pages), as
     * EC2 lists them; it ignores capacity and price. Virtualization hvm.
     */
    public List<String> typesFromRequirements(AwsSession session, TypeRequirements requirements) {
        var vcpu = VCpuCountRangeRequest.builder().min(requirements.vcpuMin());
        if (requirements.vcpuMax() > 0) {
            vcpu.max(requirements.vcpuMax());
        }
        var memory = MemoryMiBRequest.builder().min(requirements.memoryMinMib());
        if (requirements.memoryMaxMib() > 0) {
            memory.max(requirements.memoryMaxMib());
        }
        var arch = requirements.architecture().isEmpty() ? ArchitectureType.X86_64.toString()
                : requirements.architecture();
        return session.ec2().getInstanceTypesFromInstanceRequirementsPaginator(b -> b
                        .architectureTypesWithStrings(arch)
                        .virtualizationTypes(VirtualizationType.HVM)
                        .instanceRequirements(InstanceRequirementsRequest.builder().vCpuCount(vcpu.build())
                                .memoryMiB(memory.build()).build()))
                .instanceTypes().stream().map(InstanceTypeInfoFromInstanceRequirements::instanceType).toList();
    }

    /** The AMI's architecture, for {@link #typesFromRequirements}; x86_64 when EC2 does not say. */
    public String architecture(AwsSession session, String imageId) {
        return session.ec2().describeImages(b -> b.imageIds(imageId)).images().stream().findFirst()
                .map(i -> i.architectureAsString()).filter(a -> a != null && !a.isEmpty())
                .orElse(ArchitectureType.X86_64.toString());
    }

    private static FleetResult.Launched launched(CreateFleetInstance i) {
        var pool = pool(i.launchTemplateAndOverrides(), i.instanceTypeAsString());
        return new FleetResult.Launched(pool, text(i.lifecycleAsString()), i.instanceIds());
    }

    private static FleetResult.PoolError error(CreateFleetError e) {
        return new FleetResult.PoolError(pool(e.launchTemplateAndOverrides(), ""), text(e.lifecycleAsString()),
                text(e.errorCode()), text(e.errorMessage()));
    }

    /** The pool the answer names: the override EC2 used (its type, subnet or zone). */
    private static FleetSpec.Pool pool(LaunchTemplateAndOverridesResponse lto, String type) {
        var o = lto == null ? null : lto.overrides();
        if (o == null) {
            return new FleetSpec.Pool(text(type), "", "");
        }
        var overrideType = text(o.instanceTypeAsString());
        return new FleetSpec.Pool(overrideType.isEmpty() ? text(type) : overrideType, text(o.subnetId()),
                text(o.availabilityZone()));
    }

    private static void checkToken(String clientToken) {
        if (clientToken == null || clientToken.isEmpty() || clientToken.length() > 64) {
            throw new IllegalArgumentException("a fleet launch needs a ClientToken of 1-64 characters");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
