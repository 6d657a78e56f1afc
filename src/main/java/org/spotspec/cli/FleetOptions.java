package org.spotspec.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.FleetValidation;
import org.spotspec.aws.launch.LaunchValidation;
import picocli.CommandLine.Option;

/**
 * The options only {@code --api create-fleet} takes, and the {@link FleetSpec} made from them and
 * the shared launch options, checked by the same rules as the form ({@link FleetValidation},
 * {@link LaunchValidation}).
 */
public final class FleetOptions {
    @Option(names = "--strategy", paramLabel = "<strategy>", description = "create-fleet: spot allocation strategy, "
            + "price-capacity-optimized (AWS's recommendation), capacity-optimized or lowest-price "
            + "(default: price-capacity-optimized).")
    String strategy;

    @Option(names = "--on-demand-base", paramLabel = "<n>", description = "create-fleet: how many of the -n "
            + "instances are on-demand, launched whatever the spot capacity (default: 0, all spot).")
    String onDemandBase;

    @Option(names = "--launch-template", paramLabel = "<lt-id|name>", description = "create-fleet: launch from this "
            + "existing launch template instead of creating one from --image, --key-name, …")
    String launchTemplate;

    @Option(names = "--template-version", paramLabel = "<version>", description = "create-fleet with "
            + "--launch-template: $Default, $Latest or a number (default: $Default).")
    String templateVersion;

    /** The first fleet-only option given, for the error when another API is chosen; {@code ""} if none. */
    String firstGiven() {
        return strategy != null ? "--strategy" : onDemandBase != null ? "--on-demand-base"
                : launchTemplate != null ? "--launch-template" : templateVersion != null ? "--template-version" : "";
    }

    /** The fleet, or a usage failure naming the first option at fault. */
    FleetSpec toSpec(LaunchOptions launch, ZoneId zoneId) {
        var template = launchTemplate == null ? "" : launchTemplate.trim();
        var base = onDemandBase == null ? "0" : onDemandBase;
        var version = templateVersion == null ? "$Default" : templateVersion.trim();
        var strategyText = strategy == null ? FleetSpec.Strategy.PRICE_CAPACITY_OPTIMIZED.wire() : strategy;
        refuseSpotRequestOptions(launch, zoneId);
        SignIn.check("--type", FleetValidation.instanceTypes(launch.type));
        SignIn.check("--subnet", FleetValidation.subnets(launch.subnet));
        SignIn.check("--az", FleetValidation.zones(launch.zone, launch.subnet).replace("give subnets or zones",
                "give --subnet or --az"));
        SignIn.check("--type", FleetValidation.pools(launch.type, launch.subnet, launch.zone));
        SignIn.check("--count", LaunchValidation.count(launch.count));
        SignIn.check("--on-demand-base", FleetValidation.onDemandBase(base, launch.count));
        SignIn.check("--strategy", FleetValidation.strategy(strategyText));
        SignIn.check("--max-price", LaunchValidation.maxPrice(launch.maxPrice));
        SignIn.check("--launch-template", FleetValidation.launchTemplate(template));
        if (templateVersion != null && template.isEmpty()) {
            throw CliFailure.usage("--template-version: only with --launch-template.");
        }
        SignIn.check("--template-version", FleetValidation.templateVersion(version));
        var groups = String.join(",", launch.securityGroups);
        var userData = launch.userData();
        if (template.isEmpty()) {
            checkTemplateFields(launch, groups, userData);
        } else {
            SignIn.check("--launch-template", FleetValidation.templateFields(template, templateFieldGiven(launch)));
        }
        var tagLines = String.join("\n", launch.tags);
        SignIn.check("--tag", LaunchValidation.tags(tagLines));
        return new FleetSpec(template.isEmpty() ? launch.image.trim() : "", LaunchValidation.splitIds(launch.type),
                LaunchValidation.splitIds(launch.subnet), LaunchValidation.splitIds(launch.zone),
                LaunchValidation.parseCount(launch.count), LaunchValidation.parseCount(base),
                FleetSpec.Strategy.parse(strategyText), LaunchValidation.normalizePrice(launch.maxPrice),
                launch.keyName.trim(), LaunchValidation.splitIds(groups), userData, launch.instanceProfile.trim(),
                LaunchValidation.parseTags(tagLines), template, template.isEmpty() ? "" : version);
    }

    private static void checkTemplateFields(LaunchOptions launch, String groups, String userData) {
        SignIn.check("--image", LaunchValidation.imageId(launch.image));
        SignIn.check("--key-name", LaunchValidation.keyName(launch.keyName));
        SignIn.check("--security-group", LaunchValidation.securityGroups(groups));
        SignIn.check("--user-data-file", LaunchValidation.userData(userData));
        SignIn.check("--instance-profile", LaunchValidation.instanceProfile(launch.instanceProfile));
    }

    /** The first launch-template field given although the user's template fixes it; {@code ""} if none. */
    private static String templateFieldGiven(LaunchOptions launch) {
        var given = new ArrayList<String>();
        if (launch.image != null) {
            given.add("--image");
        }
        if (!launch.keyName.isBlank()) {
            given.add("--key-name");
        }
        if (!launch.securityGroups.isEmpty()) {
            given.add("--security-group");
        }
        if (launch.userDataFile != null) {
            given.add("--user-data-file");
        }
        if (!launch.instanceProfile.isBlank()) {
            given.add("--instance-profile");
        }
        return given.isEmpty() ? "" : given.get(0);
    }

    /** An instant fleet launches one-time spot instances that terminate: the request options do not apply. */
    private static void refuseSpotRequestOptions(LaunchOptions launch, ZoneId zoneId) {
        var offending = launch.persistent ? "--persistent"
                : !launch.interruption.trim().equalsIgnoreCase("terminate") ? "--interruption"
                : !launch.validUntil(zoneId).isEmpty() ? "--valid-until" : "";
        if (!offending.isEmpty()) {
            throw CliFailure.usage(offending + ": create-fleet launches one-time spot instances that terminate "
                    + "when interrupted; leave it out, or use --api run-instances.");
        }
    }
}
