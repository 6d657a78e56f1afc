package org.spotspec.aws.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.InstanceService;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Cancel, optionally followed by terminate: the order matters, because a persistent request whose
 * instance is terminated first simply launches a new one. The instances to terminate are the union
 * of those known before the cancel (the app's table, the command line's read before it) and those
 * read fresh after it: one launched since is not missed, and one a cancelled request no longer
 * lists is not left running.
 *
 * <p>The two steps are separate calls ({@link #cancelStep}, {@link #terminateStep}) so that an MFA
 * session ending between them is renewed and the terminate still runs: the app runs each through
 * its renewing call runner (an expired session is the one failure {@code terminateStep} throws),
 * the command line passes a {@link Renewal} to {@link #cancel}.
 */
public final class SpotCleanup {
    private static final String UNKNOWN_INSTANCES = "(instances of the requests)";

    private final SpotRequestService requests;
    private final InstanceService instances;

    /** Gives a renewed session for one that AWS says has expired, or empty when it cannot (no terminal, refused). */
    @FunctionalInterface
    public interface Renewal {
        Renewal NONE = expired -> Optional.empty();

        Optional<AwsSession> renew(AwsSession expired);
    }

    /**
     * What the cancel step did: its outcomes, and for the terminate step the requests it cancelled
     * with the instances known for them before.
     */
    public record Cancelled(List<IdOutcome> outcomes, List<String> cancelledIds, Map<String, String> instancesBefore) {
        public Cancelled {
            outcomes = List.copyOf(outcomes);
            cancelledIds = List.copyOf(cancelledIds);
            instancesBefore = Map.copyOf(instancesBefore);
        }
    }

    public SpotCleanup(SpotRequestService requests, InstanceService instances) {
        this.requests = requests;
        this.instances = instances;
    }

    /** Each request's instance as EC2 lists it now (requests without one are left out). */
    public Map<String, String> instancesOf(AwsSession session, List<String> requestIds) {
        var found = new LinkedHashMap<String, String>();
        requests.describe(session, requestIds).stream().filter(SpotRequest::hasInstance)
                .forEach(r -> found.put(r.id(), r.instanceId()));
        return found;
    }

    /** Cancel, then terminate in one go, without renewing an expired session between them. */
    public List<IdOutcome> cancel(AwsSession session, List<String> requestIds, Map<String, String> knownInstances,
                                  boolean alsoTerminate, boolean dryRun) {
        return cancel(session, requestIds, knownInstances, alsoTerminate, dryRun, Renewal.NONE);
    }

    /**
     * @param knownInstances the instance id the caller knew for each request before the cancel;
     *                       terminated as well as EC2's answer after it, only for requests whose
     *                       cancel succeeded
     * @param renewal        asked once when the session expires between cancel and terminate
     * @return one outcome per request, then one per instance (or per request without one) when
     *         {@code alsoTerminate}
     * @throws software.amazon.awssdk.awscore.exception.AwsServiceException when the cancel itself
     *         fails as a whole (nothing was changed then)
     */
    public List<IdOutcome> cancel(AwsSession session, List<String> requestIds, Map<String, String> knownInstances,
                                  boolean alsoTerminate, boolean dryRun, Renewal renewal) {
        var cancelled = cancelStep(session, requestIds, knownInstances, dryRun);
        if (!alsoTerminate) {
            return cancelled.outcomes();
        }
        var outcomes = new ArrayList<>(cancelled.outcomes());
        try {
            outcomes.addAll(terminateStep(session, cancelled, dryRun));
        } catch (SdkException expired) {
            outcomes.addAll(afterRenewal(session, cancelled, dryRun, renewal,
                    ErrorTranslator.translate("Terminate instances", expired)));
        }
        return outcomes;
    }

    /** The terminate step once more with a renewed session; per-id failures when there is none. */
    private List<IdOutcome> afterRenewal(AwsSession expired, Cancelled cancelled, boolean dryRun, Renewal renewal,
                                         AwsProblem problem) {
        try {
            var renewed = renewal.renew(expired);
            return renewed.isPresent() ? terminateStep(renewed.get(), cancelled, dryRun)
                    : terminateFailed(cancelled, problem);
        } catch (SdkException e) {
            return terminateFailed(cancelled, ErrorTranslator.translate("Terminate instances", e));
        }
    }

    /** The cancel; throws when it fails as a whole (nothing was changed then). */
    public Cancelled cancelStep(AwsSession session, List<String> requestIds, Map<String, String> knownInstances,
                                boolean dryRun) {
        return cancelStep(session, session.region().id(), requestIds, knownInstances, dryRun);
    }

    /** As {@link #cancelStep(AwsSession, List, Map, boolean)}, for requests of {@code region}. */
    public Cancelled cancelStep(AwsSession session, String region, List<String> requestIds,
                                Map<String, String> knownInstances, boolean dryRun) {
        var outcomes = dryRun ? requests.cancelDryRun(session, region, requestIds)
                : requests.cancel(session, region, requestIds);
        var cancelled = outcomes.stream().filter(IdOutcome::succeeded).map(IdOutcome::id).toList();
        var before = new LinkedHashMap<String, String>();
        cancelled.stream().filter(id -> knownInstances.get(id) != null && !knownInstances.get(id).isEmpty())
                .forEach(id -> before.put(id, knownInstances.get(id)));
        return new Cancelled(outcomes, cancelled, before);
    }

    /**
     * Reads the cancelled requests again and terminates their instances, old and new; says so for
     * a request that has none. Any other failure is reported per id so the cancel's outcomes still
     * show.
     *
     * @throws SdkException only when AWS says the session has expired: renew, then call again
     */
    public List<IdOutcome> terminateStep(AwsSession session, Cancelled cancelled, boolean dryRun) {
        return terminateStep(session, session.region().id(), cancelled, dryRun);
    }

    /** As {@link #terminateStep(AwsSession, Cancelled, boolean)}, for requests of {@code region}. */
    public List<IdOutcome> terminateStep(AwsSession session, String region, Cancelled cancelled, boolean dryRun) {
        if (cancelled.cancelledIds().isEmpty()) {
            return List.of();
        }
        var outcomes = new ArrayList<IdOutcome>();
        var withInstance = new LinkedHashSet<>(cancelled.instancesBefore().keySet());
        var instanceIds = new LinkedHashSet<>(cancelled.instancesBefore().values());
        try {
            requests.describe(session, region, cancelled.cancelledIds()).stream().filter(SpotRequest::hasInstance).forEach(r -> {
                instanceIds.add(r.instanceId());
                withInstance.add(r.id());
            });
            cancelled.cancelledIds().stream().filter(id -> !withInstance.contains(id)).forEach(id -> outcomes.add(
                    new IdOutcome(IdOutcome.Step.TERMINATE, id, IdOutcome.Status.NO_INSTANCE, "",
                            "The request had no instance, before or after the cancel: nothing to terminate.")));
        } catch (SdkException e) {
            var problem = checkExpiry("Describe spot requests", e);
            // The cancel is done; terminate what is known rather than lose the second step.
            outcomes.add(new IdOutcome(IdOutcome.Step.TERMINATE, UNKNOWN_INSTANCES, IdOutcome.Status.FAILED, "",
                    "Could not re-read the requests, so only instances known before the cancel are terminated: "
                            + problem.meaning()));
        }
        if (!instanceIds.isEmpty()) {
            outcomes.addAll(terminate(session, region, List.copyOf(instanceIds), dryRun));
        }
        return outcomes;
    }

    /** The terminate step could not run (the session expired and was not renewed): one failure per instance. */
    public static List<IdOutcome> terminateFailed(Cancelled cancelled, AwsProblem problem) {
        var ids = new LinkedHashSet<>(cancelled.instancesBefore().values());
        if (ids.isEmpty() && !cancelled.cancelledIds().isEmpty()) {
            ids.add(UNKNOWN_INSTANCES);
        }
        return ids.stream().map(id -> IdOutcome.failed(IdOutcome.Step.TERMINATE, id, problem)).toList();
    }

    private List<IdOutcome> terminate(AwsSession session, String region, List<String> ids, boolean dryRun) {
        try {
            return dryRun ? instances.terminateDryRun(session, region, ids) : instances.terminate(session, region, ids);
        } catch (SdkException e) {
            var problem = checkExpiry("Terminate instances", e);
            return ids.stream().map(id -> IdOutcome.failed(IdOutcome.Step.TERMINATE, id, problem)).toList();
        }
    }

    private static AwsProblem checkExpiry(String action, SdkException e) {
        var problem = ErrorTranslator.translate(action, e);
        if (problem.kind() == AwsProblem.Kind.EXPIRED_SESSION) {
            throw e;
        }
        return problem;
    }
}
