package org.spotspec.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spotspec.archive.ArchiveException;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.cli.output.Printer;
import org.spotspec.prices.PriceQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spotspec archive export}: every stored price change of some series over a range; no AWS call. */
@Command(name = "export", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        versionProvider = VersionProvider.class,
        description = {"Prints every stored price change of these types (in these regions and products; default: "
                + "all) from --from to --to, one row per change, to stdout or --file."},
        footer = {"", "Example:", "  spotspec archive export -t m5.large --region eu-west-1 --from 2026-01-01 -o csv "
                + "--file m5.csv"})
final class ArchiveExportCommand implements Callable<Integer> {
    @Option(names = {"-t", "--type"}, split = ",", required = true, paramLabel = "<type>",
            description = "Instance types (repeat or comma-separate).")
    List<String> types = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "<region>", description = "Regions (default: all stored).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--product", split = ",", paramLabel = "<product>", description = "Products (default: all).")
    List<String> products = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "<time>", description = "Start, e.g. 2026-01-01.")
    String from;

    @Option(names = "--to", paramLabel = "<time>", description = "End (default: now).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "csv",
            description = "csv, json or table (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    @Option(names = "--file", paramLabel = "<path>", description = "Write to this file instead of stdout.")
    Path file;

    @Mixin
    ArchiveOptions archive;

    private final CliContext context;

    ArchiveExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            var query = query();
            try (var handle = CliArchive.handle(context, archive)) {
                var store = handle.get().orElseThrow(() -> new ArchiveException(ArchiveException.Reason.FAILED,
                        handle.problem()));
                var history = store.read(query);
                if (file == null) {
                    Printer.print(PriceRows.history(history), output, context.out());
                } else {
                    try (var out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
                        Printer.print(PriceRows.history(history), output, out);
                    }
                    context.err().printf("Wrote %,d prices of %d series to %s%n", history.pointCount(),
                            history.series().size(), file);
                }
                return ExitCode.OK;
            }
        } catch (CliFailure failure) {
            context.err().println("spotspec archive export: " + failure.getMessage());
            return failure.exitCode();
        } catch (ArchiveException e) {
            context.err().println("spotspec archive export: " + e.getMessage());
            return ExitCode.AWS_ERROR;
        } catch (IOException e) {
            context.err().println("spotspec archive export: cannot write " + file + ": " + e.getMessage());
            return ExitCode.AWS_ERROR;
        }
    }

    private PriceQuery query() {
        if (archive.none) {
            throw CliFailure.usage("--no-archive leaves nothing to export.");
        }
        var end = to == null ? context.clock().instant().truncatedTo(ChronoUnit.SECONDS) : Times.instant("--to", to);
        var start = Times.instant("--from", from);
        if (!start.isBefore(end)) {
            throw CliFailure.usage("--from/--to: the start must be before the end.");
        }
        var canonical = products.stream().map(Products::canonical).distinct().toList();
        return new PriceQuery(regions.stream().map(String::trim).distinct().toList(),
                types.stream().map(String::trim).distinct().toList(), canonical, List.of(), start, end);
    }
}
