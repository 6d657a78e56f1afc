package org.spotspec.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.launch.FleetResult;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spotspec launch}: the Launch tab's form as options, launched (or dry-run) by {@link LaunchService}. */
@Command(name = "launch", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Launch spot instances, with RunInstances (default), RequestSpotInstances, or an EC2 Fleet "
                + "(create-fleet: several types x subnets, a launch template, one row per pool); --dry-run only "
                + "asks EC2 whether the launch would be allowed.", "create-fleet exits 0 when the whole -n "
                + "launched, 5 when only part did, 1 when nothing did (each failed pool is listed)."},
        footer = {"", "Examples:", "  spotspec launch --image ami-0abcdef1234567890 -t m5.large --key-name alice "
                + "--dry-run", "  spotspec launch --api request-spot-instances --image ami-0abcdef1234567890 "
                + "-t c5.large -n 2 --max-price 0.05 --tag Name=ci --persistent",
                "  spotspec launch --api create-fleet --image ami-0abcdef1234567890 -t m5.large,m5a.large,c5.large "
                + "--subnet subnet-0123456789abcdef0,subnet-0fedcba9876543210 -n 4 --on-demand-base 1"})
final class LaunchCommand extends AwsCommand {
    @Mixin
    LaunchOptions launch;

    @Mixin
    FleetOptions fleet;

    @Option(names = "--dry-run", description = "Check the launch with EC2 (permissions, parameters); launch nothing.")
    boolean dryRun;

    @Option(names = "--client-token", paramLabel = "<token>", description = "Idempotency token (1-64 ASCII "
            + "characters): running the same launch again with it launches nothing new (default: a new one).")
    String clientToken;

    private final LaunchService service;
    private final FleetService fleets;
    private LaunchSpec spec;
    private FleetSpec fleetSpec;
    /** The ClientToken of the launch sent, once one is (not for a dry run). */
    private String sentToken;

    LaunchCommand(CliContext context, LaunchService service, FleetService fleets) {
        super(context);
        this.service = service;
        this.fleets = fleets;
    }

    @Override
    void check() {
        if (launch.api == LaunchOptions.Api.CREATE_FLEET) {
            fleetSpec = fleet.toSpec(launch, ZoneId.systemDefault());
        } else if (!fleet.firstGiven().isEmpty()) {
            throw CliFailure.usage(fleet.firstGiven() + ": only with --api create-fleet.");
        } else {
            spec = launch.toSpec(ZoneId.systemDefault(), context.clock().instant());
        }
        if (clientToken != null && (clientToken.isEmpty() || clientToken.length() > 64
                || !clientToken.chars().allMatch(c -> c > 32 && c < 127))) {
            throw CliFailure.usage("--client-token: 1 to 64 printable ASCII characters.");
        }
    }

    @Override
    String action() {
        if (fleetSpec != null) {
            return dryRun ? "Validate fleet launch (dry run)" : "Launch fleet";
        }
        return dryRun ? "Validate launch (dry run)" : "Launch";
    }

    @Override
    int run(AwsSession session) {
        var token = clientToken != null ? clientToken : UUID.randomUUID().toString();
        if (dryRun) {
            return fleetSpec != null ? fleetDryRun(session) : dryRun(session);
        }
        sentToken = token;
        if (fleetSpec != null) {
            return launchFleet(session, token);
        }
        var result = service.launch(session, spec, token);
        print(rows(result));
        note(result.summary() + " (" + session.region().id() + ", client token " + token + ").");
        return ExitCode.OK;
    }

    /**
     * After a launch whose answer was lost ({@link AwsProblem#mayHaveActed}), AWS may have launched:
     * the same token again is the safe retry (EC2 launches once per token and answers the retry with
     * that launch), a new run without it could launch twice.
     */
    @Override
    void afterProblem(AwsProblem problem) {
        if (sentToken != null && problem.mayHaveActed()) {
            note("The launch may have happened before the answer was lost. To retry without launching twice, "
                    + "run the same command with --client-token " + sentToken + " (EC2 launches once per token); "
                    + "to look first: spotspec " + (launch.api == LaunchOptions.Api.REQUEST_SPOT_INSTANCES ? "requests"
                    : "instances") + ".");
        }
    }

    private int dryRun(AwsSession session) {
        var verdict = service.dryRun(session, spec);
        print(new ResultTable(Column.of("api", "API"), Column.of("dryRun", "RESULT"), Column.of("permission", "PERMISSION"),
                Column.of("message", "MESSAGE"), Column.detail("requestId"))
                .add(spec.method().action(), verdict.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        verdict.permission(), verdict.summary(),
                        verdict.problem() == null ? null : verdict.problem().requestId()));
        if (verdict.outcome() == DryRun.Outcome.NOT_PERMITTED) {
            printProblem(verdict.problem());
            return ExitCode.DRY_RUN_WOULD_FAIL;
        }
        return verdict.wouldSucceed() ? ExitCode.OK : ExitCode.AWS_ERROR;
    }

    /** Creates the template (and says so at once: it outlives a failed fleet), then the fleet. */
    private int launchFleet(AwsSession session, String token) {
        var template = fleets.createTemplate(session, fleetSpec, token);
        if (template.created()) {
            note("Created launch template " + template.name() + " (" + template.id() + "); delete it when done: "
                    + "aws ec2 delete-launch-template --launch-template-id " + template.id());
        }
        FleetResult result = fleets.createFleet(session, fleetSpec, template, token);
        print(FleetRows.pools(result));
        // The table holds AWS's messages; stderr names the failed pools for people reading it.
        result.errors().forEach(e -> note("Pool " + e.pool().label() + " (" + e.lifecycle() + "): " + e.code()
                + (e.isCapacity() ? " — other types or zones may have capacity." : ".")));
        note(result.summary() + " (" + session.region().id() + ", client token " + token + ").");
        return FleetRows.exitCode(result);
    }

    private int fleetDryRun(AwsSession session) {
        var checks = fleets.dryRun(session, fleetSpec);
        print(FleetRows.checks(checks));
        var refused = checks.stream().filter(c -> c.checked() && !c.verdict().wouldSucceed()).findFirst();
        if (refused.isEmpty()) {
            return ExitCode.OK;
        }
        var verdict = refused.get().verdict();
        if (verdict.outcome() == DryRun.Outcome.NOT_PERMITTED) {
            printProblem(verdict.problem());
            return ExitCode.DRY_RUN_WOULD_FAIL;
        }
        return ExitCode.AWS_ERROR;
    }

    /** One row per instance (RunInstances) or per request (RequestSpotInstances). */
    static ResultTable rows(LaunchResult result) {
        var rows = new ResultTable(Column.of("api", "API"), Column.of("instanceId", "INSTANCE"),
                Column.of("spotRequestId", "REQUEST"), Column.of("state", "STATE"), Column.of("statusCode", "STATUS"),
                Column.detail("reservationId"), Column.detail("clientToken"));
        var api = result.method().action();
        if (result.method() == LaunchSpec.Method.RUN_INSTANCES) {
            for (var id : result.instanceIds()) {
                var request = result.requests().stream().filter(r -> r.instanceId().equals(id)).findFirst();
                rows.add(api, id, request.map(LaunchResult.SpotRequest::id).orElse(""), "", "",
                        result.reservationId(), result.clientToken());
            }
        } else {
            for (var r : result.requests()) {
                rows.add(api, r.instanceId(), r.id(), r.state(), r.statusCode(), "", result.clientToken());
            }
        }
        return rows;
    }
}
