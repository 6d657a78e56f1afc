package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spotspec.archive.ArchiveException;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.cli.output.Printer;
import org.spotspec.cli.output.ResultTable;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spotspec events}: the watcher's stored events (from the app or {@code spotspec watch}); no AWS call. */
@Command(name = "events", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        versionProvider = VersionProvider.class,
        description = {"Lists the events the watcher stored in the price archive (the app's Events tab, or spotspec "
                + "watch), oldest first: time, region, kind, id, from, to, message. Needs no AWS credentials."},
        footer = {"", "Kinds: request-new, request-status, request-gone, interruption, instance-new, instance-state, "
                + "instance-gone, price-alert, session, watch.", "", "Examples:", "  spotspec events --since 24h",
            "  spotspec events --since 7d --kind interruption -o json"})
final class EventsCommand implements Callable<Integer> {
    /** The most events one listing returns (the newest when there are more). */
    static final int LIMIT = 100_000;

    @Option(names = "--since", paramLabel = "<time>", defaultValue = "24h",
            description = "How far back: a duration such as 30m, 24h, 7d, or a time such as 2026-11-20T10:00Z "
                    + "(default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--kind", paramLabel = "<kind>", split = ",",
            description = "Only these kinds (repeat or comma-separate), e.g. interruption,instance-state.")
    List<String> kinds = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    @Mixin
    ArchiveOptions archive;

    private final CliContext context;

    EventsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            return list(Times.since("--since", since, context.clock().instant()), kinds());
        } catch (CliFailure failure) {
            context.err().println("spotspec events: " + failure.getMessage());
            context.err().println("Try 'spotspec events --help'.");
            return failure.exitCode();
        }
    }

    private List<EventKind> kinds() {
        return kinds.stream().map(k -> EventKind.of(k.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                CliFailure.usage("--kind: '" + k.trim() + "' is not an event kind (see the list in --help).")))
                .toList();
    }

    private int list(java.time.Instant from, List<EventKind> wanted) {
        if (archive.none) {
            context.err().println("spotspec events: --no-archive leaves no events to list.");
            return ExitCode.USAGE;
        }
        try (var handle = CliArchive.handle(context, archive)) {
            var store = handle.get().orElseThrow(() -> new ArchiveException(ArchiveException.Reason.FAILED,
                    handle.problem())).events();
            var events = store.since(from, LIMIT).stream()
                    .filter(s -> wanted.isEmpty() || wanted.contains(s.event().kind())).toList();
            Printer.print(rows(events), output, context.out());
            return ExitCode.OK;
        } catch (ArchiveException e) {
            context.err().println("spotspec events: " + e.getMessage());
            return ExitCode.AWS_ERROR;
        } catch (UnsupportedOperationException e) {
            context.err().println("spotspec events: this price archive cannot keep events yet.");
            return ExitCode.AWS_ERROR;
        }
    }

    static ResultTable rows(List<StoredEvent> events) {
        var rows = new ResultTable(Column.of("time", "TIME"), Column.of("region", "REGION"), Column.of("kind", "KIND"),
                Column.of("id", "ID"), Column.of("from", "FROM"), Column.of("to", "TO"),
                Column.of("message", "MESSAGE"), Column.detail("severity"), Column.detail("account"),
                Column.detail("acknowledged"));
        for (var s : events) {
            var e = s.event();
            rows.add(e.time(), e.region(), e.kind().id(), e.id(), e.from(), e.to(), e.message(),
                    e.severity().name().toLowerCase(Locale.ROOT), e.account(), s.acknowledged());
        }
        return rows;
    }
}
