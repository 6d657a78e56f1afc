package org.spotspec.cli;

import java.util.concurrent.Callable;
import org.spotspec.archive.ArchiveException;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.cli.output.Printer;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spotspec archive status}: one row per stored series; needs no AWS credentials. */
@Command(name = "status", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        versionProvider = VersionProvider.class,
        description = {"One row per series in the price archive: region, zone, type, product, first and last price "
                + "time, rows, and gaps (spans no fetch covered). The archive's place and size go to stderr."})
final class ArchiveStatusCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    @Mixin
    ArchiveOptions archive;

    private final CliContext context;

    ArchiveStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (archive.none) {
            context.err().println("spotspec archive status: --no-archive leaves nothing to show.");
            return ExitCode.USAGE;
        }
        try (var handle = CliArchive.handle(context, archive)) {
            var store = handle.get().orElseThrow(() -> new ArchiveException(ArchiveException.Reason.FAILED,
                    handle.problem()));
            var rows = new ResultTable(Column.of("region", "REGION"), Column.of("availabilityZone", "ZONE"),
                    Column.of("instanceType", "TYPE"), Column.of("product", "PRODUCT"), Column.of("from", "FROM"),
                    Column.of("to", "TO"), Column.of("rows", "ROWS"), Column.of("gaps", "GAPS"),
                    Column.detail("lastWrite"));
            for (var s : store.status()) {
                var k = s.key();
                rows.add(k.region(), k.availabilityZone(), k.instanceType(), k.product(), s.first(), s.last(),
                        s.rows(), s.gaps(), s.lastWrite().orElse(null));
            }
            Printer.print(rows, output, context.out());
            context.err().printf("Price archive %s: %,d bytes%n", store.location(), store.sizeOnDisk());
            return ExitCode.OK;
        } catch (ArchiveException e) {
            context.err().println("spotspec archive status: " + e.getMessage());
            return ExitCode.AWS_ERROR;
        }
    }
}
