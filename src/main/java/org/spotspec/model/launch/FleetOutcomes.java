package org.spotspec.model.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.launch.FleetCheck;
import org.spotspec.aws.launch.FleetResult;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.FleetTemplate;

/** The result pane's words for an EC2 Fleet: per pool what launched and what failed, and the template. */
final class FleetOutcomes {
    private FleetOutcomes() {
    }

    /**
     * @param zoneOf the zone of a subnet the form's lookups know ("" when unknown), so each pool
     *               says where it is
     */
    static LaunchOutcome launched(FleetResult result, UnaryOperator<String> zoneOf) {
        var text = new StringBuilder();
        if (!result.launched().isEmpty()) {
            text.append("Launched:\n");
            result.launched().forEach(l -> text.append("  ").append(pool(l.pool(), zoneOf)).append(", ")
                    .append(l.lifecycle().isEmpty() ? "spot" : l.lifecycle()).append(": ")
                    .append(String.join(", ", l.instanceIds())).append('\n'));
        }
        if (!result.errors().isEmpty()) {
            text.append("Failed:\n");
            result.errors().forEach(e -> text.append("  ").append(pool(e.pool(), zoneOf))
                    .append(e.lifecycle().isEmpty() ? "" : ", " + e.lifecycle()).append(": ").append(e.code())
                    .append(" — ").append(reason(e)).append('\n'));
        }
        text.append(templateLines(result.template()));
        text.append("Fleet: ").append(result.fleetId()).append(" (instant: it launches once and does nothing more)\n");
        text.append("Client token: ").append(result.clientToken());
        var kind = result.instanceIds().isEmpty() ? LaunchOutcome.Kind.FAILED : LaunchOutcome.Kind.LAUNCHED;
        var headline = result.summary() + "." + (result.outcome() == FleetResult.Outcome.NONE
                ? " Nothing launched: see each pool's reason." : "");
        return new LaunchOutcome(kind, headline, text.toString(), result.instanceIds());
    }

    private static String pool(FleetSpec.Pool pool, UnaryOperator<String> zoneOf) {
        var zone = pool.subnetId().isEmpty() ? "" : zoneOf.apply(pool.subnetId());
        return pool.label() + (zone.isEmpty() ? "" : " (" + zone + ")");
    }

    /** AWS's code in plain words and the next step; AWS's own message after it. */
    static String reason(FleetResult.PoolError error) {
        var code = error.code().toLowerCase(Locale.ROOT);
        String plain;
        if (error.isCapacity()) {
            plain = "AWS has no spare capacity for this type here now; other types or zones may have some.";
        } else if (code.equals("spotmaxpricetoolow")) {
            plain = "the max price is below this pool's spot price; raise it or leave it empty.";
        } else if (code.contains("unauthorized")) {
            plain = "you lack a permission the launch needs (ec2:RunInstances, ec2:CreateTags, iam:PassRole).";
        } else if (code.contains("limit")) {
            plain = "an account limit (vCPUs for spot, for instance) stops the launch; ask AWS for a higher quota.";
        } else {
            plain = "EC2 refused this pool.";
        }
        return plain + (error.message().isEmpty() ? "" : " AWS said: " + error.message());
    }

    /** Where the template is and how to delete it: SpotSpec keeps it so the launch can be repeated. */
    static String templateLines(FleetTemplate template) {
        var text = new StringBuilder("Launch template: ").append(template.label()).append('\n');
        if (template.created()) {
            var ref = template.id().isEmpty() ? "--launch-template-name " + template.name()
                    : "--launch-template-id " + template.id();
            text.append("  SpotSpec keeps it. To delete it: EC2 console → Launch templates, or\n  aws ec2 ")
                    .append("delete-launch-template ").append(ref).append('\n');
        }
        return text.toString();
    }

    /** The template was made but CreateFleet failed: the failure, and the template left behind. */
    static LaunchOutcome fleetFailed(AwsProblem problem, FleetTemplate template) {
        var failed = LaunchOutcome.failed(problem);
        return new LaunchOutcome(failed.kind(), failed.headline(), failed.details() + "\n\n"
                + templateLines(template).trim(), List.of());
    }

    /** What the dry run checked, call by call; it creates nothing, a template included. */
    static LaunchOutcome dryRun(List<FleetCheck> checks) {
        var lines = new ArrayList<String>();
        boolean denied = false;
        boolean other = false;
        for (var check : checks) {
            lines.add(check.action() + " (" + check.permission() + "): " + check.result() + ". " + check.summary());
            if (check.checked()) {
                denied |= check.verdict().outcome() == DryRun.Outcome.NOT_PERMITTED;
                other |= check.verdict().outcome() == DryRun.Outcome.ENDPOINT_IGNORED_DRY_RUN;
            }
        }
        var kind = denied ? LaunchOutcome.Kind.NOT_PERMITTED : other ? LaunchOutcome.Kind.FAILED
                : LaunchOutcome.Kind.WOULD_SUCCEED;
        var headline = "Fleet dry run: " + (denied ? "a permission is missing" : other
                ? "EC2 did not honour the dry run" : "would succeed as far as EC2 could check")
                + " (nothing was created).";
        return new LaunchOutcome(kind, headline, String.join("\n", lines), List.of());
    }
}
