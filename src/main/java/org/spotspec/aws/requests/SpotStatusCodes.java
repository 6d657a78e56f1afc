package org.spotspec.aws.requests;

import java.util.Map;
import java.util.Set;

/**
 * What each spot request status code means, in plain words, and what to do about it. The codes
 * are EC2's (Spot request status, "Spot request status codes" in the EC2 user guide).
 */
public final class SpotStatusCodes {

    /** A status code explained: what happened, and the user's next step. */
    public record Explanation(String code, String meaning, String nextStep) {
    }

    private static final Map<String, Explanation> CODES = Map.ofEntries(
            e("pending-evaluation", "EC2 has received the request and is checking its parameters.",
                    "Wait a few seconds and refresh."),
            e("bad-parameters", "The request has a parameter EC2 cannot use (for example an AMI or subnet "
                    + "that does not exist, or a type not offered in the zone). It will not be fulfilled.",
                    "Read the status message for the bad parameter, cancel this request and launch again with "
                            + "a corrected one."),
            e("capacity-not-available", "There is not enough spare capacity of this instance type in the "
                    + "zone right now.", "Try another availability zone or instance type (or several types), "
                            + "or wait: the request stays open and is fulfilled when capacity returns."),
            e("price-too-low", "Your max price is below the current spot price, so EC2 will not launch.",
                    "Raise the max price, or remove it to pay at most the on-demand price; the current price "
                            + "per zone is in the Prices tab (spotspec prices)."),
            e("not-scheduled-yet", "The request's valid-from time has not come yet.",
                    "Nothing to do: it is evaluated at its start time. Cancel it if you no longer need it."),
            e("launch-group-constraint", "The request is in a launch group and EC2 cannot launch all of the "
                    + "group together right now.", "Wait, or launch without a launch group so instances can "
                            + "start independently."),
            e("az-group-constraint", "The request is in an availability zone group and EC2 cannot launch all "
                    + "of it in one zone right now.", "Wait, or launch without an AZ group so instances may "
                            + "spread over zones."),
            e("placement-group-constraint", "The request's placement group cannot take more instances right now.",
                    "Wait, or launch without the placement group (or into another one)."),
            e("constraint-not-fulfillable", "A constraint of the request (launch group, AZ group or placement "
                    + "group) can never be met, for example a zone that is not available to you.",
                    "Cancel it and launch again with a zone and group that can be met."),
            e("schedule-expired", "The request's valid-until time passed before it could be fulfilled.",
                    "Launch again with a later valid-until (or none), a higher max price, or another zone or type."),
            e("canceled-before-fulfillment", "The request was cancelled before any instance was launched.",
                    "Nothing to do; launch again if you still need capacity."),
            e("system-error", "EC2 had an internal error while evaluating the request.",
                    "EC2 retries by itself; if it persists, cancel and launch again, quoting the request id to "
                            + "AWS support."),
            e("pending-fulfillment", "EC2 accepted the request and is launching the instance.",
                    "Wait a moment and refresh: the instance appears among the instances (Instances tab, "
                            + "spotspec instances)."),
            e("fulfilled", "The request is fulfilled: its instance is running.",
                    "Connect to it (Instances tab → Copy SSH command, or its address from spotspec instances); "
                            + "cancel the request when the job is done and terminate the instance."),
            e("request-canceled-and-instance-running", "You cancelled the request, but its instance is still "
                    + "running (cancelling never terminates) and you are still paying for it.",
                    "Terminate the instance when you no longer need it (Instances tab, or spotspec terminate "
                            + "with its id)."),
            e("marked-for-stop", "EC2 is reclaiming the capacity: the instance is about to be stopped "
                    + "(two-minute interruption notice).", "Save your work now; it restarts when capacity "
                            + "and price allow, for a persistent request."),
            e("marked-for-termination", "EC2 is reclaiming the capacity: the instance is about to be "
                    + "terminated (two-minute interruption notice).", "Save or checkpoint your work now; "
                            + "a persistent request launches a new instance later."),
            e("instance-stopped-by-price", "The instance was stopped because the spot price rose above your "
                    + "max price.", "Raise or remove the max price; a persistent request restarts it when the "
                            + "price falls."),
            e("instance-stopped-by-user", "You (or someone in the account) stopped the instance; the request "
                    + "is disabled until it is started again.", "Start the instance to re-enable the request, "
                            + "or cancel the request and terminate the instance."),
            e("instance-stopped-no-capacity", "The instance was stopped because EC2 needed the capacity back.",
                    "Nothing to do: a persistent request restarts it when capacity returns; or try another zone "
                            + "or type."),
            e("instance-terminated-by-price", "The instance was terminated because the spot price rose above "
                    + "your max price.", "Raise or remove the max price; a persistent request launches again "
                            + "when the price falls."),
            e("instance-terminated-by-user", "The instance was terminated by you (or someone in the account) "
                    + "while the request was active.", "For a persistent request EC2 launches a replacement: "
                            + "cancel the request if you do not want one."),
            e("instance-terminated-by-service", "The instance was terminated by EC2 (for example the request's "
                    + "group ended, or a scheduled event).", "Launch again if you still need capacity."),
            e("instance-terminated-by-schedule", "The instance was terminated at the end of its scheduled duration.",
                    "Nothing to do; launch again if the work is not finished."),
            e("instance-terminated-no-capacity", "The instance was terminated because EC2 needed the capacity back.",
                    "A persistent request launches again when capacity returns; to avoid interruptions, "
                            + "try other zones or instance types."),
            e("instance-terminated-launch-group-constraint", "One instance of the launch group was terminated, "
                    + "so EC2 terminated the rest of the group too.", "Launch the group again, or launch "
                            + "without a launch group."),
            e("spot-instance-terminated-by-user", "You terminated a spot instance that belonged to a fleet or "
                    + "request; the request is closed.", "Nothing to do; launch again if you need capacity."),
            e("marked-for-stop-by-experiment", "A Fault Injection Service experiment is interrupting the "
                    + "instance (stop).", "Nothing to do unless the experiment was not planned."),
            e("instance-stopped-by-experiment", "A Fault Injection Service experiment stopped the instance.",
                    "Nothing to do unless the experiment was not planned."),
            e("instance-terminated-by-experiment", "A Fault Injection Service experiment terminated the instance.",
                    "Nothing to do unless the experiment was not planned."));

    private SpotStatusCodes() {
    }

    /** The explanation of {@code code}; for a code SpotSpec does not know, a pointer to AWS's message. */
    public static Explanation explain(String code) {
        var known = CODES.get(code == null ? "" : code);
        if (known != null) {
            return known;
        }
        return new Explanation(code == null ? "" : code, "EC2 reported a status SpotSpec has no explanation for.",
                "Read the status message; the EC2 user guide's \"Spot request status codes\" lists every code.");
    }

    public static boolean isKnown(String code) {
        return CODES.containsKey(code);
    }

    public static Set<String> codes() {
        return CODES.keySet();
    }

    private static Map.Entry<String, Explanation> e(String code, String meaning, String nextStep) {
        return Map.entry(code, new Explanation(code, meaning, nextStep));
    }
}
