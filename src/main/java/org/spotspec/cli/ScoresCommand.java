package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.capacity.CapacityUnit;
import org.spotspec.aws.capacity.CountRange;
import org.spotspec.aws.capacity.PlacementScore;
import org.spotspec.aws.capacity.PlacementScoreService;
import org.spotspec.aws.capacity.Requirements;
import org.spotspec.aws.capacity.ScoreChecks;
import org.spotspec.aws.capacity.ScoreQuery;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spotspec scores}: spot placement scores (1–10) for a set of types and a capacity, per
 * region or per zone, best first. One call, sent in the sign-in region, scores every region asked.
 */
@Command(name = "scores", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Spot placement scores: how likely a spot request for these types and this capacity is to "
                + "succeed now, from 1 to 10, per region (or per zone with --per-zone), best first.",
            "AWS advises at least 3 types; it answers its top 10 places only; an account may score a limited number "
                    + "of new configurations per 24 hours (MaxConfigLimitExceeded); the capacity you may ask about "
                    + "is bounded by your recent spot usage. A score is a snapshot: act on it at once.",
            "--region names the regions to score (the first also receives the call); --all-regions scores every "
                    + "region; with neither, the sign-in region is scored."},
        footer = {"", "Examples:", "  spotspec scores -t m5.large,m5a.large,m6i.large --capacity 10 --all-regions",
            "  spotspec scores -t m5.large,c5.large,m6i.large --capacity 40 --unit vcpu --region eu-west-1 --per-zone",
            "  spotspec scores --vcpus 2-4 --memory-mib 4096-16384 --capacity 5 --region us-east-1,us-west-2 -o csv"})
final class ScoresCommand extends AwsCommand {
    @Option(names = {"-t", "--type"}, split = ",", paramLabel = "<type>",
            description = "Instance types, e.g. m5.large (repeat or comma-separate; at least 3 advised).")
    List<String> types = new ArrayList<>();

    @Option(names = "--vcpus", paramLabel = "<min[-max]>",
            description = "Instead of types: every type with this many vCPUs: a number (exactly), a range such as 2-8, or 2- for no maximum.")
    String vcpus;

    @Option(names = "--memory-mib", paramLabel = "<min[-max]>",
            description = "With --vcpus: memory in MiB, as --vcpus, e.g. 4096-16384 (default: any).")
    String memoryMib;

    @Option(names = "--capacity", required = true, paramLabel = "<n>",
            description = "Target capacity, 1 to 1000, counted in --unit.")
    int capacity;

    @Option(names = "--unit", paramLabel = "<unit>", defaultValue = "units",
            description = "What --capacity counts: units (instances), vcpu or memory-mib (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--all-regions", description = "Score every region (AWS answers its top 10).")
    boolean allRegions;

    @Option(names = "--per-zone", description = "Score single availability zones instead of whole regions.")
    boolean perZone;

    @picocli.CommandLine.Mixin
    ArchiveOptions archive;

    private final PlacementScoreService service;
    private ScoreQuery query;

    ScoresCommand(CliContext context, PlacementScoreService service) {
        super(context);
        this.service = service;
    }

    @Override
    boolean multiRegion() {
        return true;
    }

    @Override
    void check() {
        if (allRegions && !common.regions.isEmpty()) {
            throw CliFailure.usage("--all-regions: give either --region or --all-regions, not both.");
        }
        if (types.isEmpty() == (vcpus == null)) {
            throw CliFailure.usage("--type: give either --type or --vcpus (with --memory-mib), one of the two.");
        }
        if (memoryMib != null && vcpus == null) {
            throw CliFailure.usage("--memory-mib: goes with --vcpus.");
        }
        var capacityUnit = CapacityUnit.parse(unit).orElseThrow(() ->
                CliFailure.usage("--unit: one of units, vcpu, memory-mib."));
        var requirements = vcpus == null ? Optional.<Requirements>empty() : Optional.of(requirements());
        query = new ScoreQuery(types.stream().map(String::trim).toList(), requirements, capacity, capacityUnit,
                common.regions.stream().map(String::trim).toList(), perZone, ScoreQuery.MAX_PAGE);
        var problems = ScoreChecks.problems(query);
        if (!problems.isEmpty()) {
            throw CliFailure.usage(String.join(" ", problems));
        }
    }

    @Override
    void planned(SignIn.Plan plan) {
        var regions = allRegions ? List.<String>of() : regions(plan);
        query = new ScoreQuery(query.instanceTypes(), query.requirements(), query.targetCapacity(), query.unit(),
                regions, query.perZone(), query.maxResults());
        ScoreChecks.warnings(query).forEach(w -> note("spotspec scores: warning: " + w));
    }

    @Override
    String action() {
        return PlacementScoreService.ACTION;
    }

    @Override
    int run(AwsSession session) {
        var scores = service.scores(session, query);
        var rows = perZone
                ? new ResultTable(Column.of("score", "SCORE"), Column.of("region", "REGION"),
                        Column.of("zone", "ZONE"), Column.of("zoneId", "ZONE ID"), Column.detail("asOf"))
                : new ResultTable(Column.of("score", "SCORE"), Column.of("region", "REGION"), Column.detail("asOf"));
        for (PlacementScore s : scores) {
            if (perZone) {
                rows.add(s.score(), s.region(), s.zoneName().isEmpty() ? null : s.zoneName(), s.zoneId(), s.asOf());
            } else {
                rows.add(s.score(), s.region(), s.asOf());
            }
        }
        print(rows);
        keep(scores);
        if (scores.isEmpty()) {
            note("spotspec scores: AWS gave no score for these regions (it answers only its top 10 places).");
        } else {
            note("Scores as of " + scores.get(0).asOf() + ": a snapshot; act on it at once.");
        }
        return ExitCode.OK;
    }

    /** Keeps the answer with its time in the price archive, so the app can chart it over days (not with --no-archive). */
    private void keep(List<PlacementScore> scores) {
        if (archive.none || scores.isEmpty()) {
            return;
        }
        var key = query.configuration().key();
        try (var handle = CliArchive.handle(context, archive)) {
            var stored = handle.get();
            if (stored.isEmpty()) {
                note("spotspec scores: not kept in the archive: " + handle.problem() + " (or pass --no-archive)");
                return;
            }
            stored.get().scores().record(scores.stream().map(s -> new org.spotspec.scores.ScoreSample(s.asOf(), key,
                    s.region(), s.zoneId(), s.score())).toList());
        } catch (RuntimeException e) {
            note("spotspec scores: not kept in the archive (" + e.getClass().getSimpleName() + ").");
        }
    }

    private Requirements requirements() {
        var cpu = Ranges.range("--vcpus", vcpus);
        var memory = memoryMib == null ? new CountRange(0, null) : Ranges.range("--memory-mib", memoryMib);
        return new Requirements(cpu.min(), cpu.max(), memory.min(), memory.max());
    }
}
