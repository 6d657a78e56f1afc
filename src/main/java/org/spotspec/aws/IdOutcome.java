package org.spotspec.aws;

import java.util.List;

/**
 * What one id got from a cancel or terminate: each id of a batch is reported on its own, so a
 * bad id among good ones shows as exactly that.
 *
 * @param step   which step of the user's action (cancel, then terminate)
 * @param id     the request or instance id
 * @param status how it went
 * @param state  the state AWS reported afterwards, e.g. {@code cancelled} or
 *               {@code running → shutting-down}; empty when there is none
 * @param detail AWS's code and message, or the dry run's verdict; empty when all went well
 */
public record IdOutcome(Step step, String id, Status status, String state, String detail) {

    /** The two destructive steps SpotSpec takes. */
    public enum Step {
        CANCEL("Cancel request"), TERMINATE("Terminate instance");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the step went for this id. */
    public enum Status {
        DONE("Done"),
        WOULD_SUCCEED("Would succeed (dry run)"),
        NOT_PERMITTED("Not permitted"),
        NOT_FOUND("Not found"),
        FAILED("Failed"),
        NOT_ANSWERED("No answer for this id"),
        /** A cancelled request that had no instance, before or after the cancel: nothing to terminate. */
        NO_INSTANCE("No instance to terminate");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean succeeded() {
        return status == Status.DONE || status == Status.WOULD_SUCCEED || status == Status.NO_INSTANCE;
    }

    public static IdOutcome done(Step step, String id, String state) {
        return new IdOutcome(step, id, Status.DONE, state, "");
    }

    public static IdOutcome failed(Step step, String id, AwsProblem problem) {
        return new IdOutcome(step, id, Status.FAILED, "", problem.code() + ": " + problem.meaning()
                + (problem.awsMessage().isEmpty() ? "" : " AWS said: " + problem.awsMessage()));
    }

    /** One dry-run verdict, written against each id it covered. */
    public static List<IdOutcome> verdicts(Step step, List<String> ids, DryRun.Verdict verdict) {
        var status = switch (verdict.outcome()) {
            case WOULD_SUCCEED -> Status.WOULD_SUCCEED;
            case NOT_PERMITTED -> Status.NOT_PERMITTED;
            case ENDPOINT_IGNORED_DRY_RUN -> Status.FAILED;
        };
        return ids.stream().map(id -> new IdOutcome(step, id, status, "", verdict.summary())).toList();
    }
}
