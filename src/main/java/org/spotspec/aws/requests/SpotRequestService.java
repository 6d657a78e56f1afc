package org.spotspec.aws.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.IdBatch;
import org.spotspec.aws.IdOutcome;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.CancelledSpotInstanceRequest;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * Spot instance requests of the session's region: list them, cancel them (also as a dry run).
 * Blocking; call from a background task. No JavaFX, so a command line can use it.
 */
public final class SpotRequestService {
    /** EC2's largest page for DescribeSpotInstanceRequests. */
    static final int PAGE_SIZE = 1000;
    public static final String CANCEL_PERMISSION = "ec2:CancelSpotInstanceRequests";

    /** Every request of the region (EC2 keeps closed and cancelled ones for a few hours), page by page. */
    public List<SpotRequest> describe(AwsSession session) {
        return describeInStates(session, List.of());
    }

    /**
     * The requests of the region in one of {@code states} (open, active, closed, cancelled,
     * failed, disabled; EC2's {@code state} filter), page by page; every request when empty.
     */
    public List<SpotRequest> describeInStates(AwsSession session, List<String> states) {
        return describeInStates(session, session.region().id(), states);
    }

    /**
     * As {@link #describeInStates(AwsSession, List)}, in {@code region} with the session's
     * credentials (one call per 1000 requests: what the watcher polls).
     */
    public List<SpotRequest> describeInStates(AwsSession session, String region, List<String> states) {
        var ec2 = session.ec2(Region.of(region));
        var state = Filter.builder().name("state").values(states).build();
        var all = new ArrayList<SpotRequest>();
        String token = null;
        do {
            var next = token;
            var page = ec2.describeSpotInstanceRequests(b -> {
                b.maxResults(PAGE_SIZE).nextToken(next);
                if (!states.isEmpty()) {
                    b.filters(state);
                }
            });
            page.spotInstanceRequests().stream().map(r -> SpotRequest.from(r, region)).forEach(all::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return all;
    }

    /** The requests with these ids, as EC2 sees them now (EC2 takes no page size with ids). */
    public List<SpotRequest> describe(AwsSession session, List<String> ids) {
        return describe(session, session.region().id(), ids);
    }

    /** As {@link #describe(AwsSession, List)}, in {@code region} with the session's credentials. */
    public List<SpotRequest> describe(AwsSession session, String region, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session.ec2(Region.of(region)).describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(ids))
                .spotInstanceRequests().stream().map(r -> SpotRequest.from(r, region)).toList();
    }

    /**
     * Cancels the requests; an unknown id is reported on its own and the others are still
     * cancelled. Cancelling does not terminate instances the requests launched.
     */
    public List<IdOutcome> cancel(AwsSession session, List<String> ids) {
        return cancel(session, session.region().id(), ids);
    }

    /** As {@link #cancel(AwsSession, List)}, in {@code region} (a request id is known in its own region only). */
    public List<IdOutcome> cancel(AwsSession session, String region, List<String> ids) {
        var ec2 = session.ec2(Region.of(region));
        return IdBatch.run(IdOutcome.Step.CANCEL, ids, batch -> {
            var answer = ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(batch));
            Map<String, String> states = answer.cancelledSpotInstanceRequests().stream().collect(Collectors.toMap(
                    CancelledSpotInstanceRequest::spotInstanceRequestId, c -> c.stateAsString() == null ? "" : c.stateAsString(),
                    (a, b) -> b));
            var outcomes = new ArrayList<IdOutcome>();
            states.forEach((id, state) -> outcomes.add(IdOutcome.done(IdOutcome.Step.CANCEL, id, state)));
            return IdBatch.order(IdOutcome.Step.CANCEL, outcomes, batch);
        });
    }

    /** Asks EC2 whether cancelling would be allowed, changing nothing. */
    public List<IdOutcome> cancelDryRun(AwsSession session, List<String> ids) {
        return cancelDryRun(session, session.region().id(), ids);
    }

    /** As {@link #cancelDryRun(AwsSession, List)}, in {@code region}. */
    public List<IdOutcome> cancelDryRun(AwsSession session, String region, List<String> ids) {
        var ec2 = session.ec2(Region.of(region));
        return IdBatch.run(IdOutcome.Step.CANCEL, ids, batch -> IdOutcome.verdicts(IdOutcome.Step.CANCEL, batch,
                DryRun.check("Cancel spot requests (dry run)", CANCEL_PERMISSION, () -> ec2
                        .cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(batch).dryRun(true)))));
    }
}
