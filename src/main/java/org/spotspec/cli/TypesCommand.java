package org.spotspec.cli;

import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.capacity.CountRange;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.aws.launch.TypeRequirements;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spotspec types}: the instance types that meet vCPU and memory requirements in the region
 * (EC2's GetInstanceTypesFromInstanceRequirements), as the Launch tab's "From requirements…"
 * offers them: a list to give {@code launch --api create-fleet} or {@code scores} as {@code -t}.
 */
@Command(name = "types", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Instance types that meet vCPU and memory requirements in the region, as EC2 lists them "
                + "(GetInstanceTypesFromInstanceRequirements), for -t of 'launch --api create-fleet' or 'scores'.",
            "EC2 lists the types that exist there for the architecture (of --image, or --arch; x86_64 by default), "
                    + "whatever their spot capacity or price: 'scores' and 'prices' tell those."},
        footer = {"", "Examples:", "  spotspec types --vcpus 2-4 --memory-mib 8192-16384",
            "  spotspec types --vcpus 4 --image ami-0abcdef1234567890 -o csv"})
final class TypesCommand extends AwsCommand {
    private static final List<String> ARCHITECTURES = List.of("x86_64", "arm64", "i386", "x86_64_mac", "arm64_mac");

    @Option(names = "--vcpus", required = true, paramLabel = "<min[-max]>",
            description = "vCPUs: a number (exactly), a range such as 2-8, or 2- for no maximum.")
    String vcpus;

    @Option(names = "--memory-mib", paramLabel = "<min[-max]>",
            description = "Memory in MiB, as --vcpus (default: any).")
    String memoryMib;

    @Option(names = "--arch", paramLabel = "<arch>",
            description = "x86_64 (default), arm64, i386, x86_64_mac or arm64_mac.")
    String arch;

    @Option(names = {"--image", "--ami"}, paramLabel = "<ami>",
            description = "Instead of --arch: the AMI whose architecture the types must run.")
    String image;

    private final FleetService fleets;
    private TypeRequirements requirements;

    TypesCommand(CliContext context, FleetService fleets) {
        super(context);
        this.fleets = fleets;
    }

    @Override
    void check() {
        if (arch != null && image != null) {
            throw CliFailure.usage("--arch and --image: give one (the AMI decides the architecture).");
        }
        if (arch != null && !ARCHITECTURES.contains(arch)) {
            throw CliFailure.usage("--arch: one of " + String.join(", ", ARCHITECTURES) + ".");
        }
        if (image != null) {
            SignIn.check("--image", LaunchValidation.imageId(image));
        }
        var cpu = Ranges.range("--vcpus", vcpus);
        var memory = memoryMib == null ? new CountRange(0, null) : Ranges.range("--memory-mib", memoryMib);
        if (cpu.min() < 1) {
            throw CliFailure.usage("--vcpus: at least 1 vCPU.");
        }
        // 0 is "no maximum" for EC2's request; an exact 0 MiB cannot be asked, nor needs to be.
        requirements = new TypeRequirements(cpu.min(), cpu.max() == null ? 0 : cpu.max(), memory.min(),
                memory.max() == null ? 0 : memory.max(), arch == null ? "" : arch);
    }

    @Override
    String action() {
        return "List instance types";
    }

    @Override
    int run(AwsSession session) {
        var asked = image == null ? requirements : requirements.withArchitecture(fleets.architecture(session, image));
        List<String> types = fleets.typesFromRequirements(session, asked);
        var rows = new ResultTable(Column.of("type", "TYPE"));
        types.forEach(rows::add);
        print(rows);
        if (types.isEmpty()) {
            note("No instance type meets these requirements in " + session.region().id() + ".");
        } else {
            note(types.size() + " types in " + session.region().id() + "; as -t: " + String.join(",", types));
        }
        return ExitCode.OK;
    }
}
