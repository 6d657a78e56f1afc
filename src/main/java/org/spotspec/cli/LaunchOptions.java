package org.spotspec.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.aws.launch.LaunchValidation;
import picocli.CommandLine.Option;

/**
 * Every field of the Launch tab as an option, checked by the form's own rules
 * ({@link LaunchValidation}) and turned into the same {@link LaunchSpec}.
 */
public final class LaunchOptions {
    /** Which launch API, as the option spells it. */
    public enum Api {
        RUN_INSTANCES, REQUEST_SPOT_INSTANCES, CREATE_FLEET;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @Option(names = "--api", paramLabel = "<api>", defaultValue = "run-instances", converter = ApiConverter.class,
            description = "run-instances (AWS's recommended way), request-spot-instances (legacy) or "
                    + "create-fleet (EC2 Fleet, instant: several types and subnets in one launch) "
                    + "(default: ${DEFAULT-VALUE}).")
    Api api = Api.RUN_INSTANCES;

    @Option(names = {"--image", "--ami"}, paramLabel = "<ami>", description = "AMI id, e.g. "
            + "ami-0abcdef1234567890 (required, except with create-fleet --launch-template).")
    String image;

    @Option(names = {"-t", "--type"}, required = true, paramLabel = "<type>", description = "Instance type, e.g. "
            + "m5.large; with create-fleet a comma list, e.g. m5.large,m5a.large,c5.large.")
    String type;

    @Option(names = {"-n", "--count"}, paramLabel = "<n>", defaultValue = "1", description = "How many instances, "
            + "1 to " + LaunchValidation.MAX_COUNT + " (default: ${DEFAULT-VALUE}).")
    String count;

    @Option(names = "--max-price", paramLabel = "<$/h>", description = "Max price per hour, e.g. 0.05 (default: the "
            + "spot price, capped at the on-demand price); with create-fleet per spot instance-hour in every pool.")
    String maxPrice = "";

    @Option(names = "--key-name", paramLabel = "<name>", description = "Key pair for SSH.")
    String keyName = "";

    @Option(names = "--security-group", split = ",", paramLabel = "<sg-id>", description = "Security group ids "
            + "(repeat or comma-separate).")
    List<String> securityGroups = new ArrayList<>();

    @Option(names = "--subnet", paramLabel = "<subnet-id>", description = "Subnet id (fixes the zone); with "
            + "create-fleet a comma list (every type is tried in every subnet).")
    String subnet = "";

    @Option(names = "--az", paramLabel = "<zone>", description = "Availability zone, e.g. eu-west-1a (without "
            + "--subnet); with create-fleet a comma list.")
    String zone = "";

    @Option(names = "--user-data-file", paramLabel = "<file>", description = "User data (e.g. a cloud-init script), "
            + "at most 16 KB; sent base64-encoded.")
    Path userDataFile;

    @Option(names = "--instance-profile", paramLabel = "<name|arn>", description = "IAM instance profile.")
    String instanceProfile = "";

    @Option(names = "--tag", paramLabel = "<key=value>", description = "A tag for the instances and requests "
            + "(repeat for more).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--persistent", description = "A persistent request (relaunches after an interruption) instead "
            + "of a one-time one.")
    boolean persistent;

    @Option(names = "--interruption", paramLabel = "<behavior>", defaultValue = "terminate",
            description = "On interruption: terminate, stop or hibernate (stop/hibernate need --persistent) "
                    + "(default: ${DEFAULT-VALUE}).")
    String interruption;

    @Option(names = "--valid-until", paramLabel = "<time>", description = "When an unfulfilled request stops trying: "
            + "local \"yyyy-MM-dd HH:mm\" as in the form, or ISO-8601 such as 2026-12-31T18:00Z (with run-instances: "
            + "persistent requests only).")
    String validUntil = "";

    /** The launch, or a usage failure naming the first option at fault. */
    LaunchSpec toSpec(ZoneId zoneId, Instant now) {
        var method = api == Api.RUN_INSTANCES ? LaunchSpec.Method.RUN_INSTANCES
                : LaunchSpec.Method.REQUEST_SPOT_INSTANCES;
        var requestType = persistent ? LaunchSpec.RequestType.PERSISTENT : LaunchSpec.RequestType.ONE_TIME;
        var behaviour = interruption();
        var groups = String.join(",", securityGroups);
        var tagLines = String.join("\n", tags);
        var userData = userData();
        var until = validUntil(zoneId);
        SignIn.check("--image", LaunchValidation.imageId(image));
        if (type.contains(",")) {
            throw CliFailure.usage("--type: " + api + " launches one instance type; several need --api create-fleet.");
        }
        SignIn.check("--type", LaunchValidation.instanceType(type));
        SignIn.check("--count", LaunchValidation.count(count));
        SignIn.check("--max-price", LaunchValidation.maxPrice(maxPrice));
        SignIn.check("--key-name", LaunchValidation.keyName(keyName));
        SignIn.check("--security-group", LaunchValidation.securityGroups(groups));
        SignIn.check("--subnet", LaunchValidation.subnet(subnet));
        SignIn.check("--az", LaunchValidation.zone(zone, subnet).replace("leave the zone empty", "leave out --az"));
        SignIn.check("--user-data-file", LaunchValidation.userData(userData));
        SignIn.check("--instance-profile", LaunchValidation.instanceProfile(instanceProfile));
        SignIn.check("--interruption", LaunchValidation.interruption(method, requestType, behaviour));
        SignIn.check("--valid-until", LaunchValidation.validUntil(until, method, requestType, zoneId, now));
        SignIn.check("--tag", LaunchValidation.tags(tagLines));
        return new LaunchSpec(method, image.trim(), type.trim(), LaunchValidation.parseCount(count),
                LaunchValidation.normalizePrice(maxPrice), keyName.trim(), LaunchValidation.splitIds(groups),
                subnet.trim(), zone.trim(), userData, instanceProfile.trim(), requestType, behaviour,
                LaunchValidation.parseValidUntil(until, zoneId), LaunchValidation.parseTags(tagLines));
    }

    LaunchSpec.Interruption interruption() {
        for (var i : LaunchSpec.Interruption.values()) {
            if (i.wire().equalsIgnoreCase(interruption.trim())) {
                return i;
            }
        }
        throw CliFailure.usage("--interruption: '" + interruption.trim() + "' is not terminate, stop or hibernate.");
    }

    /** The form's local {@code yyyy-MM-dd HH:mm}, also from an ISO-8601 time (UTC unless it says). */
    String validUntil(ZoneId zoneId) {
        var text = validUntil.trim();
        if (!text.contains("T")) {
            return text;
        }
        var when = Times.instant("--valid-until", text);
        return LocalDateTime.ofInstant(when, zoneId).format(LaunchValidation.VALID_UNTIL_FORMAT);
    }

    String userData() {
        if (userDataFile == null) {
            return "";
        }
        try {
            return Files.readString(userDataFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.usage("--user-data-file: cannot read " + userDataFile + " (" + e.getClass().getSimpleName()
                    + ").");
        }
    }

    /** {@code run-instances} / {@code request-spot-instances}, any case, underscores too. */
    static final class ApiConverter implements picocli.CommandLine.ITypeConverter<Api> {
        @Override
        public Api convert(String value) {
            var v = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (var api : Api.values()) {
                if (api.name().equals(v)) {
                    return api;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not run-instances, request-spot-instances or create-fleet");
        }
    }
}
