package org.spotspec.aws.capacity;

import java.util.Locale;
import org.spotspec.aws.AwsProblem;

/** GetSpotPlacementScores's refusals, explained with what a placement-score user can do about them. */
public final class ScoreErrors {
    /** The IAM action the call needs; also in the app's IAM policy. */
    public static final String PERMISSION = "ec2:GetSpotPlacementScores";

    private ScoreErrors() {
    }

    /** {@code p} in placement-score words when its code is one of the call's own; else {@code p} itself. */
    public static AwsProblem explain(AwsProblem p) {
        return switch (p.code().toLowerCase(Locale.ROOT)) {
            case "maxconfiglimitexceeded" -> with(p, AwsProblem.Kind.BAD_INPUT,
                    "AWS limits how many new configurations (types or requirements, capacity, unit, zone setting) "
                            + "an account may score in 24 hours, and this one would go over the limit.",
                    "Ask again with a configuration you already asked for in the last 24 hours (same types, capacity "
                            + "and unit; the regions may differ), or wait up to 24 hours.");
            case "invalidparametervalue", "invalidparametercombination" -> with(p, AwsProblem.Kind.BAD_INPUT,
                    "AWS rejected the placement-score request: a type it does not know, a target capacity above "
                            + "what your recent usage allows, or settings that do not go together.",
                    "Read AWS's message below; check the type names, ask for a smaller capacity (AWS bounds it by "
                            + "your recent spot usage), and give either types or requirements.");
            case "unauthorizedoperation" -> with(p, AwsProblem.Kind.PERMISSION,
                    "Your IAM policy does not allow " + PERMISSION + ".",
                    "Ask an administrator to allow " + PERMISSION + " (Help → IAM policy lists it); it reads "
                            + "nothing of yours and needs no resource.");
            case "throttling", "requestlimitexceeded", "throttlingexception" -> with(p, AwsProblem.Kind.THROTTLED,
                    "AWS throttled the placement-score requests (it allows few of them), and SpotSpec's retries ran out.",
                    "Wait a minute before asking again; ask for several regions in one request rather than one each.");
            default -> p;
        };
    }

    private static AwsProblem with(AwsProblem p, AwsProblem.Kind kind, String meaning, String nextStep) {
        return new AwsProblem(p.action(), p.code(), meaning, nextStep, p.requestId(), p.httpStatus(), kind,
                p.awsMessage());
    }
}
