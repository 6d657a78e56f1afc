package org.spotspec.aws.requests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.InstanceService;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Cancel, optionally followed by terminate: the order matters, because a persistent request whose
 * instance is terminated first simply launches a new one. The instances to terminate are read
 * fresh after the cancel, so one launched since the table was last refreshed is not missed.
 */
public final class SpotCleanup {
    private final SpotRequestService requests;
    private final InstanceService instances;

    public SpotCleanup(SpotRequestService requests, InstanceService instances) {
        this.requests = requests;
        this.instances = instances;
    }

    /**
     * @param knownInstances the instance id the caller already knows for each request; used as well
     *                       as (and, if the fresh read fails, instead of) EC2's current answer, and
     *                       only for requests whose cancel succeeded
     * @return one outcome per request, then one per instance when {@code alsoTerminate}
     * @throws software.amazon.awssdk.awscore.exception.AwsServiceException when the cancel itself
     *         fails as a whole (nothing was changed then)
     */
    public List<IdOutcome> cancel(AwsSession session, List<String> requestIds, Map<String, String> knownInstances,
                                  boolean alsoTerminate, boolean dryRun) {
        var outcomes = new ArrayList<IdOutcome>(dryRun ? requests.cancelDryRun(session, requestIds)
                : requests.cancel(session, requestIds));
        if (!alsoTerminate) {
            return outcomes;
        }
        var cancelled = outcomes.stream().filter(IdOutcome::succeeded).map(IdOutcome::id).toList();
        var instanceIds = new LinkedHashSet<String>();
        cancelled.stream().map(knownInstances::get).filter(i -> i != null && !i.isEmpty()).forEach(instanceIds::add);
        try {
            requests.describe(session, cancelled).stream().filter(SpotRequest::hasInstance)
                    .forEach(r -> instanceIds.add(r.instanceId()));
        } catch (SdkException e) {
            // The cancel is done; terminate what is known rather than lose the second step.
            outcomes.add(new IdOutcome(IdOutcome.Step.TERMINATE, "(instances of the requests)", IdOutcome.Status.FAILED,
                    "", "Could not re-read the requests, so only instances known from the table are terminated: "
                            + ErrorTranslator.translate("Describe spot requests", e).meaning()));
        }
        if (instanceIds.isEmpty()) {
            return outcomes;
        }
        outcomes.addAll(terminate(session, List.copyOf(instanceIds), dryRun));
        return outcomes;
    }

    /** The terminate step; its failure is reported per id so the cancel's outcomes still show. */
    private List<IdOutcome> terminate(AwsSession session, List<String> ids, boolean dryRun) {
        try {
            return dryRun ? instances.terminateDryRun(session, ids) : instances.terminate(session, ids);
        } catch (SdkException e) {
            var problem = ErrorTranslator.translate("Terminate instances", e);
            return ids.stream().map(id -> IdOutcome.failed(IdOutcome.Step.TERMINATE, id, problem)).toList();
        }
    }
}
