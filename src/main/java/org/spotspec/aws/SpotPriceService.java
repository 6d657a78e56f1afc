package org.spotspec.aws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.LocationType;

/**
 * Spot price history, instance types and availability zones from EC2. Blocking; call it from a
 * background task. No JavaFX here, so the command line can use it too.
 *
 * <p>A fetch runs its regions in parallel, at most {@code maxParallelRegions} at once, and the
 * pages of one region one after another: EC2 throttles per account, region and API, so
 * parallel requests within a region would only buy {@code RequestLimitExceeded}.
 */
public final class SpotPriceService {
    /**
     * Regions fetched at once unless told otherwise. Each region has its own throttle and gets
     * one request at a time, so this bounds threads and sockets, not AWS's load: 15 fetches the
     * 30-odd regions in two waves, and past that the parsing of the pages (CPU) is the limit.
     */
    public static final int DEFAULT_PARALLEL_REGIONS = 15;

    private static final Logger LOG = LoggerFactory.getLogger(SpotPriceService.class);
    /** Records per page, EC2's maximum for both describe calls used here. */
    static final int PAGE_SIZE = 1000;
    private static final String FALLBACK_TYPES = "instance-types.txt";

    /**
     * What a fetch brought back.
     *
     * @param history       every record received; a failed region keeps the pages it got before
     *                      the failure, so its history may be incomplete (it is named in
     *                      {@code failedRegions})
     * @param failedRegions the regions that failed, in query order, each with its explanation
     * @param cancelled     the fetch was stopped early; the history holds what had arrived
     */
    public record FetchResult(PriceHistory history, Map<String, AwsProblem> failedRegions, boolean cancelled) {
        public FetchResult {
            failedRegions = Collections.unmodifiableMap(new LinkedHashMap<>(failedRegions));
        }
    }

    /** Instance types offered in a region, or SpotSpec's built-in list when EC2 would not say. */
    public record InstanceTypes(List<String> types, boolean fromFallback) {
        public InstanceTypes {
            types = List.copyOf(types);
        }
    }

    /** An availability zone: its name in this account (eu-west-1a) and its fixed id (euw1-az3). */
    public record Zone(String name, String id) {
    }

    private final int maxParallelRegions;
    private final InFlight<Map.Entry<AwsSession, String>, InstanceTypes> typesInFlight = new InFlight<>();

    public SpotPriceService() {
        this(DEFAULT_PARALLEL_REGIONS);
    }

    public SpotPriceService(int maxParallelRegions) {
        if (maxParallelRegions < 1) {
            throw new IllegalArgumentException("maxParallelRegions must be at least 1");
        }
        this.maxParallelRegions = maxParallelRegions;
    }

    /**
     * Fetches the spot price history the query asks for. A region that fails is recorded with
     * its explanation and the others go on. {@code cancelled} is asked before every page, also
     * from worker threads; once it says yes every region stops and what arrived is returned.
     * An interrupt of the calling thread counts as cancellation.
     */
    public FetchResult fetch(AwsSession session, PriceQuery query, FetchProgress progress, BooleanSupplier cancelled) {
        return new PriceFetch(session, query, progress, cancelled).run(maxParallelRegions);
    }

    /**
     * The instance types offered in {@code region}, in natural order. Without permission for
     * DescribeInstanceTypeOfferings, a built-in list of common current-generation types.
     */
    public InstanceTypes instanceTypes(AwsSession session, String region) {
        // Shared by the callers of one session and region that ask while it runs (see InFlight): by
        // the session itself, so a renewed or new session never gets the old one's failure.
        return typesInFlight.call(Map.entry(session, region), () -> listInstanceTypes(session, region));
    }

    private InstanceTypes listInstanceTypes(AwsSession session, String region) {
        var ec2 = session.ec2(Region.of(region));
        var types = new TreeSet<>(InstanceTypeOrder.INSTANCE);
        try {
            String token = null;
            do {
                var next = token;
                var page = ec2.describeInstanceTypeOfferings(b -> b.locationType(LocationType.REGION)
                        .maxResults(PAGE_SIZE).nextToken(next));
                page.instanceTypeOfferings().stream().map(o -> o.instanceTypeAsString())
                        .filter(Objects::nonNull).forEach(types::add);
                token = page.nextToken();
            } while (hasMore(token));
            return new InstanceTypes(new ArrayList<>(types), false);
        } catch (AwsServiceException e) {
            if (!isForbidden(e)) {
                throw e;
            }
            LOG.info("Not allowed to list instance types in {}; using the built-in list", region);
            return new InstanceTypes(fallbackTypes(), true);
        }
    }

    /** The zones of {@code region} by name; empty when not allowed to ask. */
    public List<Zone> availabilityZones(AwsSession session, String region) {
        try {
            return session.ec2(Region.of(region)).describeAvailabilityZones().availabilityZones().stream()
                    .map(z -> new Zone(z.zoneName(), z.zoneId()))
                    .sorted(Comparator.comparing(Zone::name))
                    .toList();
        } catch (AwsServiceException e) {
            if (!isForbidden(e)) {
                throw e;
            }
            LOG.info("Not allowed to list availability zones in {}", region);
            return List.of();
        }
    }

    /** The built-in list of common instance types, in natural order. */
    public static List<String> fallbackTypes() {
        var in = SpotPriceService.class.getResourceAsStream(FALLBACK_TYPES);
        Objects.requireNonNull(in, "missing resource " + FALLBACK_TYPES);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var types = new TreeSet<>(InstanceTypeOrder.INSTANCE);
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(types::add);
            return List.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean hasMore(String token) {
        return token != null && !token.isEmpty();
    }

    private static boolean isForbidden(AwsServiceException e) {
        var code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return e.statusCode() == 403 || "UnauthorizedOperation".equals(code);
    }
}
