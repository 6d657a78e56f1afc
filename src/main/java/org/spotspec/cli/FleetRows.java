package org.spotspec.cli;

import java.util.List;
import org.spotspec.aws.launch.FleetCheck;
import org.spotspec.aws.launch.FleetResult;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;

/** {@code spotspec launch --api create-fleet}'s output: one row per pool, and its exit code. */
final class FleetRows {
    private FleetRows() {
    }

    /** A row per pool that launched (its instances) and per pool that failed (EC2's reason). */
    static ResultTable pools(FleetResult result) {
        var rows = new ResultTable(Column.of("instanceType", "TYPE"), Column.of("subnet", "SUBNET/ZONE"),
                Column.of("lifecycle", "LIFECYCLE"), Column.of("launched", "LAUNCHED"), Column.of("result", "RESULT"),
                Column.of("instanceIds", "INSTANCES"), Column.of("message", "MESSAGE"),
                Column.detail("capacityError"), Column.detail("fleetId"), Column.detail("launchTemplateId"),
                Column.detail("launchTemplateName"), Column.detail("clientToken"));
        var t = result.template();
        for (var l : result.launched()) {
            rows.add(l.pool().instanceType(), place(l.pool()), l.lifecycle(), l.instanceIds().size(), "launched",
                    String.join(",", l.instanceIds()), "", false, result.fleetId(), t.id(), t.name(),
                    result.clientToken());
        }
        for (var e : result.errors()) {
            rows.add(e.pool().instanceType(), place(e.pool()), e.lifecycle(), 0, e.code(), "", e.message(),
                    e.isCapacity(), result.fleetId(), t.id(), t.name(), result.clientToken());
        }
        return rows;
    }

    static ResultTable checks(List<FleetCheck> checks) {
        var rows = new ResultTable(Column.of("api", "API"), Column.of("dryRun", "RESULT"),
                Column.of("permission", "PERMISSION"), Column.of("message", "MESSAGE"), Column.detail("requestId"));
        for (var c : checks) {
            rows.add(c.action(), c.result(), c.permission(), c.summary(),
                    c.checked() && c.verdict().problem() != null ? c.verdict().problem().requestId() : null);
        }
        return rows;
    }

    /** 0: the whole target launched; 5: some of it; 1: none (every pool failed). */
    static int exitCode(FleetResult result) {
        return switch (result.outcome()) {
            case COMPLETE -> ExitCode.OK;
            case PARTIAL -> ExitCode.PARTIAL;
            case NONE -> ExitCode.AWS_ERROR;
        };
    }

    private static String place(FleetSpec.Pool pool) {
        return pool.subnetId().isEmpty() ? pool.zone() : pool.subnetId();
    }
}
