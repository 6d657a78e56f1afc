package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.RegionReads;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spotspec instances}: the spot instances of one or more regions (read in parallel), as
 * the Instances tab lists them.
 */
@Command(name = "instances", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"List the spot instances of the region (on-demand ones too with --all).",
            "--region may be repeated (or comma-separated) to list several regions at once; a region that "
                    + "fails is reported on stderr and the others are listed (exit code 5)."},
        footer = {"", "Examples:", "  spotspec instances --state running",
            "  spotspec instances --region us-east-1 --region eu-west-1 -o csv"})
final class InstancesCommand extends RegionsCommand {
    @Option(names = "--state", split = ",", paramLabel = "<state>",
            description = "Only instances in these states: pending, running, stopping, stopped, shutting-down, "
                    + "terminated.")
    List<String> states = new ArrayList<>();

    @Option(names = "--all", description = "On-demand instances too (their REQUEST column is empty).")
    boolean all;

    private final InstanceService service;

    InstancesCommand(CliContext context, InstanceService service) {
        super(context);
        this.service = service;
    }

    @Override
    void check() {
        states = States.check(states, States.INSTANCE);
        checkRegions();
    }

    @Override
    String action() {
        return all ? "List instances" : "List spot instances";
    }

    @Override
    int run(AwsSession session) {
        var rows = new ResultTable(Column.of("id", "INSTANCE"), Column.of("state", "STATE"),
                Column.of("instanceType", "TYPE"), Column.of("region", "REGION"), Column.of("availabilityZone", "ZONE"),
                Column.of("publicIp", "PUBLIC IP"), Column.of("privateIp", "PRIVATE IP"), Column.detail("publicDns"),
                Column.detail("privateDns"), Column.of("launchTime", "LAUNCHED"), Column.of("spotRequestId", "REQUEST"),
                Column.detail("keyName"), Column.of("name", "NAME"));
        var read = RegionReads.read(action(), session, regions,
                (s, region) -> service.describeInStates(s, region, states, !all));
        for (SpotInstance i : read.rows()) {
            rows.add(i.id(), i.state(), i.instanceType(), i.region(), i.zone(), i.publicIp(), i.privateIp(), i.publicDns(),
                    i.privateDns(), i.launchTime(), i.spotRequestId(), i.keyName(), i.name());
        }
        read.failed().values().forEach(this::printProblem);
        print(rows);
        return read.failed().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }
}
