package org.spotspec.aws.instances;

import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.IdBatch;
import org.spotspec.aws.IdOutcome;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;

/**
 * Spot instances of the session's region: list them, terminate them (also as a dry run).
 * Blocking; call from a background task. No JavaFX.
 */
public final class InstanceService {
    /** EC2's largest page for DescribeInstances. */
    static final int PAGE_SIZE = 1000;
    public static final String TERMINATE_PERMISSION = "ec2:TerminateInstances";
    // A name, not a ready Filter: the app builds this service on the way to its first window, and
    // an SDK model object made then loads the SDK's model classes (not in the AppCDS archive).
    private static final String LIFECYCLE_FILTER = "instance-lifecycle";

    /** Every spot instance of the region (on-demand ones are left out by EC2's filter), page by page. */
    public List<SpotInstance> describe(AwsSession session) {
        return describeInStates(session, List.of());
    }

    /**
     * The spot instances of the region in one of {@code states} (pending, running, stopping,
     * stopped, shutting-down, terminated; EC2's {@code instance-state-name} filter); all when empty.
     */
    public List<SpotInstance> describeInStates(AwsSession session, List<String> states) {
        return describeInStates(session, states, true);
    }

    /** As above; with {@code spotOnly} false, on-demand instances too (their spot request id is empty). */
    public List<SpotInstance> describeInStates(AwsSession session, List<String> states, boolean spotOnly) {
        return describeInStates(session, session.region().id(), states, spotOnly);
    }

    /**
     * As above, in {@code region} with the session's credentials (one call per 1000 instances:
     * what the watcher polls).
     */
    public List<SpotInstance> describeInStates(AwsSession session, String region, List<String> states,
                                               boolean spotOnly) {
        var ec2 = session.ec2(Region.of(region));
        var filters = new ArrayList<Filter>();
        if (spotOnly) {
            filters.add(Filter.builder().name(LIFECYCLE_FILTER).values("spot").build());
        }
        if (!states.isEmpty()) {
            filters.add(Filter.builder().name("instance-state-name").values(states).build());
        }
        var all = new ArrayList<SpotInstance>();
        String token = null;
        do {
            var next = token;
            var page = ec2.describeInstances(b -> {
                b.maxResults(PAGE_SIZE).nextToken(next);
                if (!filters.isEmpty()) {
                    b.filters(filters);
                }
            });
            page.reservations().forEach(r -> r.instances().stream().map(i -> SpotInstance.from(i, region)).forEach(all::add));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return all;
    }

    /**
     * Terminates the instances; an unknown id is reported on its own and the others are still
     * terminated (EC2 itself would reject the whole batch).
     */
    public List<IdOutcome> terminate(AwsSession session, List<String> ids) {
        return terminate(session, session.region().id(), ids);
    }

    /** As {@link #terminate(AwsSession, List)}, in {@code region} (an instance id is known in its own region only). */
    public List<IdOutcome> terminate(AwsSession session, String region, List<String> ids) {
        var ec2 = session.ec2(Region.of(region));
        return IdBatch.run(IdOutcome.Step.TERMINATE, ids, batch -> {
            var answer = ec2.terminateInstances(b -> b.instanceIds(batch));
            var outcomes = answer.terminatingInstances().stream().map(InstanceService::outcome).toList();
            return IdBatch.order(IdOutcome.Step.TERMINATE, outcomes, batch);
        });
    }

    /** Asks EC2 whether terminating would be allowed, changing nothing. */
    public List<IdOutcome> terminateDryRun(AwsSession session, List<String> ids) {
        return terminateDryRun(session, session.region().id(), ids);
    }

    /** As {@link #terminateDryRun(AwsSession, List)}, in {@code region}. */
    public List<IdOutcome> terminateDryRun(AwsSession session, String region, List<String> ids) {
        var ec2 = session.ec2(Region.of(region));
        return IdBatch.run(IdOutcome.Step.TERMINATE, ids, batch -> IdOutcome.verdicts(
                IdOutcome.Step.TERMINATE, batch, DryRun.check("Terminate instances (dry run)", TERMINATE_PERMISSION,
                        () -> ec2.terminateInstances(b -> b.instanceIds(batch).dryRun(true)))));
    }

    private static IdOutcome outcome(InstanceStateChange change) {
        var before = change.previousState() == null ? "" : change.previousState().nameAsString();
        var after = change.currentState() == null ? "" : change.currentState().nameAsString();
        return IdOutcome.done(IdOutcome.Step.TERMINATE, change.instanceId(),
                before.isEmpty() || before.equals(after) ? after : before + " → " + after);
    }
}
