package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SignInValidation;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.pricedata.SyncOutcome;
import org.spotspec.pricedata.TrackedSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spotspec archive sync}: brings the archive up to date for types × regions × products,
 * as the app's timer does: only the spans it lacks (a new series: AWS's 90 days). For cron.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        versionProvider = VersionProvider.class,
        description = {"Fetches into the price archive what it lacks of these types, regions and products: a "
                + "series seen for the first time gets AWS's 90 days, later runs the minutes since the last.",
            "One row per region on stdout; progress on stderr when it is a terminal. Exit code 5 when some regions "
                    + "failed, 1 when all did."},
        footer = {"", "Examples:", "  spotspec archive sync -t m5.large,c5.large --region us-east-1,eu-west-1",
            "  spotspec archive sync -t m5.large --region eu-west-1 --archive-url jdbc:postgresql://db/spot?user=spot"})
final class ArchiveSyncCommand extends AwsCommand {
    @Option(names = {"-t", "--type"}, split = ",", required = true, paramLabel = "<type>",
            description = "Instance types, e.g. m5.large (repeat or comma-separate).")
    List<String> types = new ArrayList<>();

    @Option(names = "--product", split = ",", paramLabel = "<product>", defaultValue = "Linux/UNIX",
            description = "Products (default: ${DEFAULT-VALUE}).")
    List<String> products = new ArrayList<>();

    @Mixin
    ArchiveOptions archive;

    private final SpotPriceService service;
    private List<String> regions = List.of();

    ArchiveSyncCommand(CliContext context, SpotPriceService service) {
        super(context);
        this.service = service;
    }

    @Override
    boolean multiRegion() {
        return true;
    }

    @Override
    void check() {
        if (archive.none) {
            throw CliFailure.usage("--no-archive: sync writes to the archive; leave it out.");
        }
        types.forEach(t -> SignIn.check("--type", LaunchValidation.instanceType(t)));
        products = products.stream().map(Products::canonical).distinct().toList();
        common.regions.forEach(r -> SignIn.check("--region", SignInValidation.region(r)));
    }

    @Override
    void planned(SignIn.Plan plan) {
        regions = regions(plan);
    }

    @Override
    String action() {
        return "Sync the price archive";
    }

    @Override
    int run(AwsSession session) {
        var tracked = new TrackedSeries(types, regions, products);
        SyncOutcome outcome;
        try (var handle = CliArchive.handle(context, archive)) {
            var sync = new PriceSync(new ArchivedPrices(service, handle, context.clock()), context.clock());
            var progress = context.terminal().interactive() ? new StderrProgress(context.err()) : FetchProgress.NONE;
            outcome = sync.syncOnce(session, tracked, progress, () -> false);
            if (progress instanceof StderrProgress p) {
                p.done();
            }
            if (outcome.status() == SyncOutcome.Status.NO_ARCHIVE || handle.get().isEmpty()) {
                note("spotspec archive sync: " + (handle.problem().isEmpty() ? outcome.message() : handle.problem()));
                return ExitCode.AWS_ERROR;
            }
        }
        var rows = new ResultTable(Column.of("region", "REGION"), Column.of("records", "RECORDS"),
                Column.of("spans", "SPANS"), Column.of("status", "STATUS"), Column.detail("error"));
        for (var r : outcome.regions()) {
            rows.add(r.region(), r.records(), r.spansFetched(), r.failed() ? "failed" : "ok",
                    r.failure().map(p -> p.code()).orElse(null));
        }
        print(rows);
        outcome.regions().forEach(r -> r.failure().ifPresent(this::printProblem));
        note(outcome.message());
        if (!outcome.anyRegionFailed()) {
            return outcome.status() == SyncOutcome.Status.DONE ? ExitCode.OK : ExitCode.AWS_ERROR;
        }
        return outcome.regions().stream().allMatch(r -> r.failed()) ? ExitCode.AWS_ERROR : ExitCode.PARTIAL;
    }
}
