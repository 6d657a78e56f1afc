package org.spotspec.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.RegionReads;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spotspec requests}: the spot instance requests of one or more regions (read in parallel),
 * as the Requests tab lists them.
 */
@Command(name = "requests", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"List the spot instance requests of the region (EC2 keeps closed ones for a few hours).",
            "--region may be repeated (or comma-separated) to list several regions at once; a region that "
                    + "fails is reported on stderr and the others are listed (exit code 5)."},
        footer = {"", "Examples:", "  spotspec requests --state open,active",
            "  spotspec requests --region us-east-1,eu-west-1 -o json"})
final class RequestsCommand extends RegionsCommand {
    @Option(names = "--state", split = ",", paramLabel = "<state>",
            description = "Only requests in these states: open, active, closed, cancelled, failed, disabled.")
    List<String> states = new ArrayList<>();

    private final SpotRequestService service;

    RequestsCommand(CliContext context, SpotRequestService service) {
        super(context);
        this.service = service;
    }

    @Override
    void check() {
        states = States.check(states, States.REQUEST);
        checkRegions();
    }

    @Override
    String action() {
        return "List spot requests";
    }

    @Override
    int run(AwsSession session) {
        var rows = new ResultTable(Column.of("id", "REQUEST"), Column.of("state", "STATE"), Column.of("statusCode", "STATUS"),
                Column.detail("statusMessage"), Column.detail("statusUpdated"), Column.of("type", "TYPE"),
                Column.of("instanceType", "INSTANCE TYPE"), Column.of("maxPrice", "MAX PRICE"),
                Column.of("region", "REGION"), Column.of("availabilityZone", "ZONE"), Column.of("instanceId", "INSTANCE"),
                Column.of("created", "CREATED"), Column.detail("validUntil"), Column.detail("interruptionBehavior"),
                Column.of("name", "NAME"), Column.detail("keyName"));
        var read = RegionReads.read(action(), session, regions, (s, region) -> service.describeInStates(s, region, states));
        for (SpotRequest r : read.rows()) {
            rows.add(r.id(), r.state(), r.statusCode(), r.statusMessage(), r.statusUpdated(), r.type(),
                    r.instanceType(), price(r.maxPrice()), r.region(), r.zone(), r.instanceId(), r.created(), r.validUntil(),
                    r.interruptionBehavior(), r.name(), r.keyName());
        }
        read.failed().values().forEach(this::printProblem);
        print(rows);
        return read.failed().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    /** EC2's "0.050000" as a number; null when the request has no max price. */
    static BigDecimal price(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
