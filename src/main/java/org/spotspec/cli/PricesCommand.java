package org.spotspec.cli;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SignInValidation;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.pricedata.ArchiveFetchResult;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.prices.PriceCsv;
import org.spotspec.prices.PriceInput;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.prices.PriceRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spotspec prices}: spot prices per region, zone, type and product, fetched as the Prices
 * tab fetches them (several regions in parallel): the latest price with the range's statistics,
 * or with {@code --history} every price change.
 */
@Command(name = "prices", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Spot prices: the latest per availability zone, with min/mean/max over the range "
                + "(default: the last 24 hours), or every change with --history.",
            "--region may be repeated (or comma-separated) to fetch several regions at once.",
            "Prices are kept in the price archive: only what it lacks is fetched, and ranges beyond AWS's 90 days "
                    + "show what it holds (see 'spotspec archive')."},
        footer = {"", "Examples:", "  spotspec prices -t m5.large,c5.large --region eu-west-1,us-east-1 -o csv",
            "  spotspec prices -t m5.large --az eu-west-1a --range 7d --history",
            "  spotspec prices -t m5.large --range 1y -o csv"})
final class PricesCommand extends AwsCommand {
    @Option(names = {"-t", "--type"}, split = ",", required = true, paramLabel = "<type>",
            description = "Instance types, e.g. m5.large (repeat or comma-separate).")
    List<String> types = new ArrayList<>();

    @Option(names = "--product", split = ",", paramLabel = "<product>", defaultValue = "Linux/UNIX",
            description = "Products (default: ${DEFAULT-VALUE}); one of: Linux/UNIX, Red Hat Enterprise Linux, "
                    + "SUSE Linux, Windows, each also with ' (Amazon VPC)'.")
    List<String> products = new ArrayList<>();

    @Option(names = "--az", split = ",", paramLabel = "<zone>",
            description = "Only these availability zones, e.g. eu-west-1a (default: all).")
    List<String> zones = new ArrayList<>();

    @Option(names = "--range", paramLabel = "<range>",
            description = "How far back from now: 1h, 24h, 7d, 90d, 6mo, 1y, all (default: 24h). Beyond 90 days, "
                    + "from the price archive.")
    String range;

    @Option(names = "--from", paramLabel = "<time>", description = "Start, e.g. 2026-11-20 or 2026-11-20T10:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "<time>", description = "End (default: now).")
    String to;

    @Option(names = "--history", description = "Every price change in the range instead of the latest price.")
    boolean history;

    @Option(names = "--max-price", paramLabel = "<$/h>",
            description = "Your max price: adds the share of the range's time the price was at or below it.")
    String maxPrice;

    @Mixin
    ArchiveOptions archive;

    private final SpotPriceService service;
    private PriceQuery query;

    PricesCommand(CliContext context, SpotPriceService service) {
        super(context);
        this.service = service;
    }

    @Override
    boolean multiRegion() {
        return true;
    }

    @Override
    void check() {
        types.forEach(t -> SignIn.check("--type", LaunchValidation.instanceType(t)));
        products = products.stream().map(Products::canonical).distinct().toList();
        zones.forEach(z -> SignIn.check("--az", LaunchValidation.zone(z, "")));
        common.regions.forEach(r -> SignIn.check("--region", SignInValidation.region(r)));
        SignIn.check("--max-price", PriceInput.maxPriceProblem(maxPrice));
        if (range != null && (from != null || to != null)) {
            throw CliFailure.usage("--range: give either --range or --from/--to, not both.");
        }
    }

    @Override
    void planned(SignIn.Plan plan) {
        var regions = regions(plan);
        query = query(regions);
    }

    @Override
    String action() {
        return "Fetch spot prices";
    }

    /**
     * No network: the archive's prices, said to be offline (as the app's Prices tab does); the
     * sign-in failure is reported only when the archive has nothing for the query either.
     */
    @Override
    Optional<Integer> whenOffline(AwsProblem unreachable) {
        if (archive.none || query == null) {
            return Optional.empty();
        }
        note("spotspec prices: " + unreachable.headline() + ": " + unreachable.meaning());
        return Optional.of(run(null));
    }

    @Override
    int run(AwsSession session) {
        var regions = query.regions();
        ArchiveFetchResult answer;
        try (var handle = CliArchive.handle(context, archive)) {
            answer = new ArchivedPrices(service, handle, context.clock()).fetch(session, query, FetchProgress.NONE,
                    () -> false);
        }
        if (!archive.none && !answer.archiveProblem().isEmpty()) {
            note("spotspec prices: " + answer.archiveProblem());
        }
        var result = answer.result();
        result.failedRegions().values().forEach(this::printProblem);
        boolean allFailed = result.failedRegions().size() == regions.size();
        if (allFailed && !(answer.offline() && result.history().pointCount() > 0)) {
            return ExitCode.AWS_ERROR;
        }
        if (session == null && result.history().pointCount() == 0) {
            note("spotspec prices: the price archive holds no prices for this query either.");
            return ExitCode.AWS_ERROR;
        }
        if (answer.offline()) {
            note("Offline: AWS could not be reached; showing the price archive.");
        }
        answer.gaps().forEach((key, holes) -> holes.forEach(h -> note("No prices of " + key.instanceType() + " ("
                + key.product() + ") in " + key.region() + " from " + h.from() + " to " + h.to()
                + ": SpotSpec was not fetching then.")));
        var h = result.history();
        if (!history && common.output == OutputFormat.CSV) {
            context.out().print(PriceCsv.format(PriceStatistics.all(h, PriceInput.parseMaxPrice(maxPrice))));
        } else {
            print(history ? PriceRows.history(h) : PriceRows.latest(h, PriceInput.parseMaxPrice(maxPrice)));
        }
        if (h.series().isEmpty()) {
            note("No spot prices for " + String.join(", ", types) + " (" + String.join(", ", products) + ") in "
                    + String.join(", ", regions) + (zones.isEmpty() ? "" : " " + String.join(", ", zones)) + ".");
        }
        return result.failedRegions().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    private PriceQuery query(List<String> regions) {
        for (var zone : zones) {
            if (regions.stream().noneMatch(r -> zone.startsWith(r))) {
                throw CliFailure.usage("--az: " + zone + " lies in none of the regions " + String.join(", ", regions)
                        + ".");
            }
        }
        var now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        var end = to == null ? now : Times.instant("--to", to);
        var start = from != null ? Times.instant("--from", from)
                : end.minus(range == null ? PriceRange.LAST_DAY.length() : Times.range(range));
        if (archive.none && start.isBefore(now.minus(PriceRange.MAX_HISTORY).minusSeconds(60))) {
            throw CliFailure.usage((from != null ? "--from: " : "--range: ") + "AWS keeps 90 days of spot prices; "
                    + "without the archive (--no-archive) ask for 90 days at most.");
        }
        var checked = PriceInput.query(regions, types, products, zones, PriceRange.CUSTOM, start, end, now);
        if (checked.query() == null) {
            throw CliFailure.usage((from != null || to != null ? "--from/--to: " : "--range: ") + checked.problem());
        }
        return checked.query();
    }
}
