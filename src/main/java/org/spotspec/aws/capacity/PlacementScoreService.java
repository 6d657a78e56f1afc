package org.spotspec.aws.capacity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.GetSpotPlacementScoresRequest;
import software.amazon.awssdk.services.ec2.model.InstanceRequirementsRequest;
import software.amazon.awssdk.services.ec2.model.InstanceRequirementsWithMetadataRequest;
import software.amazon.awssdk.services.ec2.model.MemoryMiBRequest;
import software.amazon.awssdk.services.ec2.model.SpotPlacementScore;
import software.amazon.awssdk.services.ec2.model.VCpuCountRangeRequest;

/**
 * Spot placement scores (GetSpotPlacementScores): how likely a spot request for a set of types and
 * a capacity is to succeed now, per region or per zone. One call, sent in the session's region,
 * answers for every region asked about. Blocking; call from a background task. No JavaFX.
 */
public final class PlacementScoreService {
    public static final String ACTION = "Get spot placement scores";
    /** Highest score first; then by region and zone so equal scores keep one order. */
    public static final Comparator<PlacementScore> BEST_FIRST = Comparator.comparingInt(PlacementScore::score)
            .reversed().thenComparing(PlacementScore::region).thenComparing(PlacementScore::zoneId);

    private final Clock clock;
    private final ZoneNames zoneNames;

    public PlacementScoreService(Clock clock, ZoneNames zoneNames) {
        this.clock = clock;
        this.zoneNames = zoneNames;
    }

    /**
     * The scores EC2 gives for {@code query} (its top 10 at most), best first; per zone, with the
     * zones' names where this account can see them.
     *
     * @throws AwsProblemException a local problem with the query (nothing sent), or one of the call's
     *                             own errors explained ({@link ScoreErrors})
     * @throws AwsServiceException any other refusal, for the {@link ErrorTranslator}
     */
    public List<PlacementScore> scores(AwsSession session, ScoreQuery query) {
        var problems = ScoreChecks.problems(query);
        if (!problems.isEmpty()) {
            throw new AwsProblemException(AwsProblem.local("InvalidQuery", String.join(" ", problems),
                    "Correct the query and ask again.").withAction(ACTION));
        }
        List<PlacementScore> scores;
        try {
            scores = fetch(session, query);
        } catch (AwsServiceException e) {
            var translated = ErrorTranslator.translate(ACTION, e);
            var explained = ScoreErrors.explain(translated);
            if (explained == translated) {
                throw e;
            }
            throw new AwsProblemException(explained);
        }
        var named = query.perZone() ? zoneNames.name(session, scores) : scores;
        return named.stream().sorted(BEST_FIRST).toList();
    }

    private List<PlacementScore> fetch(AwsSession session, ScoreQuery query) {
        var ec2 = session.ec2(session.region());
        var base = request(query);
        // To the second, as EC2's own times: the command line prints it, and nanoseconds say nothing there.
        var asOf = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var all = new ArrayList<PlacementScore>();
        String token = null;
        do {
            var page = ec2.getSpotPlacementScores(base.toBuilder().nextToken(token).build());
            page.spotPlacementScores().stream().map(s -> from(s, asOf)).forEach(all::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return all;
    }

    static GetSpotPlacementScoresRequest request(ScoreQuery q) {
        var b = GetSpotPlacementScoresRequest.builder().targetCapacity(q.targetCapacity())
                .targetCapacityUnitType(q.unit().awsName()).singleAvailabilityZone(q.perZone())
                .maxResults(q.maxResults());
        if (!q.instanceTypes().isEmpty()) {
            b.instanceTypes(q.instanceTypes().stream().distinct().toList());
        }
        q.requirements().ifPresent(r -> b.instanceRequirementsWithMetadata(requirements(r)));
        if (!q.regions().isEmpty()) {
            b.regionNames(q.regions());
        }
        return b.build();
    }

    private static InstanceRequirementsWithMetadataRequest requirements(Requirements r) {
        var needs = InstanceRequirementsRequest.builder()
                .vCpuCount(VCpuCountRangeRequest.builder().min(r.vcpuMin()).max(r.vcpuMax()).build())
                .memoryMiB(MemoryMiBRequest.builder().min(r.memoryMibMin()).max(r.memoryMibMax()).build()).build();
        return InstanceRequirementsWithMetadataRequest.builder().instanceRequirements(needs).build();
    }

    private static PlacementScore from(SpotPlacementScore s, java.time.Instant asOf) {
        return new PlacementScore(s.region() == null ? "" : s.region(),
                s.availabilityZoneId() == null ? "" : s.availabilityZoneId(), "",
                s.score() == null ? 0 : s.score(), asOf);
    }
}
