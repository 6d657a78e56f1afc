package org.spotspec.model.launch;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.launch.LaunchResult;

/**
 * What the last action of the Launch tab came to, for the result pane: a headline, details
 * (selectable, e.g. the new ids) and how it went.
 *
 * @param ids the new instance and request ids, one per line in {@code details} too
 */
public record LaunchOutcome(Kind kind, String headline, String details, List<String> ids) {

    /** {@code WOULD_SUCCEED_BUT_CHECK}: AWS allowed the dry run, but the form's own lookups found something off. */
    public enum Kind { WORKING, INVALID, WOULD_SUCCEED, WOULD_SUCCEED_BUT_CHECK, NOT_PERMITTED, FAILED, LAUNCHED }

    public LaunchOutcome {
        ids = List.copyOf(ids);
    }

    static LaunchOutcome working(String text) {
        return new LaunchOutcome(Kind.WORKING, text, "", List.of());
    }

    static LaunchOutcome invalid(Map<String, String> problems) {
        var details = problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        return new LaunchOutcome(Kind.INVALID, "Nothing was sent: correct the fields marked in red.", details,
                List.of());
    }

    static LaunchOutcome dryRun(DryRun.Verdict verdict) {
        var kind = switch (verdict.outcome()) {
            case WOULD_SUCCEED -> Kind.WOULD_SUCCEED;
            case NOT_PERMITTED -> Kind.NOT_PERMITTED;
            case ENDPOINT_IGNORED_DRY_RUN -> Kind.FAILED;
        };
        var details = verdict.problem() == null ? "" : verdict.problem().details();
        return new LaunchOutcome(kind, verdict.summary(), details, List.of());
    }

    static LaunchOutcome failed(AwsProblem problem) {
        return new LaunchOutcome(Kind.FAILED, problem.headline() + " — " + problem.meaning(), problem.details(),
                List.of());
    }

    static LaunchOutcome launched(LaunchResult result) {
        var lines = new StringBuilder();
        if (!result.reservationId().isEmpty()) {
            lines.append("Reservation: ").append(result.reservationId()).append('\n');
        }
        result.instanceIds().forEach(id -> lines.append("Instance: ").append(id).append('\n'));
        result.requests().forEach(r -> lines.append("Spot request: ").append(r.id())
                .append(r.state().isEmpty() ? "" : " (" + r.state()
                        + (r.statusCode().isEmpty() ? "" : ", " + r.statusCode()) + ")")
                .append(r.instanceId().isEmpty() ? "" : " → " + r.instanceId()).append('\n'));
        lines.append("Client token: ").append(result.clientToken());
        var ids = new java.util.ArrayList<>(result.instanceIds());
        ids.addAll(result.requestIds());
        return new LaunchOutcome(Kind.LAUNCHED, result.summary() + ".", lines.toString(), ids);
    }

    /** This outcome with the form's {@code doubts} (see {@link LaunchLookups#doubts}) said first. */
    LaunchOutcome withDoubts(List<String> doubts) {
        if (doubts.isEmpty()) {
            return this;
        }
        var warnings = doubts.stream().map(d -> "Warning: " + d).collect(Collectors.joining("\n"));
        return new LaunchOutcome(kind == Kind.WOULD_SUCCEED ? Kind.WOULD_SUCCEED_BUT_CHECK : kind,
                headline + " But check " + (doubts.size() == 1 ? "the warning" : "the " + doubts.size() + " warnings")
                        + " below.", details.isEmpty() ? warnings : warnings + "\n" + details, ids);
    }

    /** Whether it went to AWS and came back (kept in the result pane's history), unlike a check or work in flight. */
    boolean isAnswer() {
        return kind != Kind.WORKING && kind != Kind.INVALID;
    }

    /** The headline and the details, as the result pane lists it. */
    public String text() {
        return details.isEmpty() ? headline : headline + "\n" + details;
    }

    public boolean isGood() {
        return kind == Kind.WOULD_SUCCEED || kind == Kind.LAUNCHED;
    }
}
