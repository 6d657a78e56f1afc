package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.SpotPrice;

/** The demo endpoint driven by SpotSpec's own service layer and SDK clients, over HTTP. */
class LocalAwsTest {
    private static final List<String> TYPES = List.of("m5.large", "c6i.xlarge", "t3.micro");
    private static final Instant END = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
    private static final Instant START = END.minus(Duration.ofDays(90));

    private static LocalAws aws;
    private static URI endpoint;
    private static AwsClientFactory clients;
    private static SessionService sessions;

    @BeforeAll
    static void startAws() throws Exception {
        aws = new LocalAws();
        endpoint = URI.create("http://127.0.0.1:" + aws.start(0));
        clients = new AwsClientFactory(ClientSettings.defaults(), call -> { }, Clock.systemUTC());
        sessions = new SessionService(clients, new Environment(Map.of(), Path.of(System.getProperty("java.io.tmpdir"))),
                () -> {
                    throw new IllegalStateException("typed keys need no profiles");
                });
    }

    @AfterAll
    static void stopAws() {
        clients.close();
        aws.stop();
    }

    private static AwsSession signIn(String code) {
        var keys = new CredentialSource.TypedKeys("AKIALOCALDEMO0000001",
                Secret.of("LocalDemoSecret0000000000000000000000000"));
        var mfa = new MfaRequest("arn:aws:iam::123456789012:mfa/alice", Secret.of(code), 3600);
        return sessions.signIn(new SignInRequest(keys, Region.EU_WEST_1, Optional.of(mfa),
                new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint))));
    }

    @Test
    void signsInWithMfaAndRefusesCode000000() {
        var before = Instant.now();
        try (var session = signIn("123456")) {
            assertThat(session.identity().account()).isEqualTo(LocalAws.ACCOUNT);
            assertThat(session.identity().arn()).isEqualTo(LocalAws.ARN);
            assertThat(session.expiresAt()).get().satisfies(expiry -> assertThat(expiry)
                    .isBetween(before.plusSeconds(3599), Instant.now().plusSeconds(3601)));
            sessions.checkEc2Access(session); // the dry run answers DryRunOperation, i.e. allowed
        }
        var problem = ErrorTranslator.translate("Sign in", catchThrowable(() -> signIn("000000")));
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.WRONG_MFA_CODE);
        assertThat(problem.requestId()).isNotBlank();
    }

    @Test
    void listsZonesAndInstanceTypes() {
        var service = new SpotPriceService(8);
        try (var session = signIn("123456")) {
            assertThat(service.availabilityZones(session, "eu-west-1")).extracting(SpotPriceService.Zone::name)
                    .containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
            assertThat(service.availabilityZones(session, "eu-west-1")).extracting(SpotPriceService.Zone::id)
                    .containsExactlyInAnyOrder("euw1-az1", "euw1-az2", "euw1-az3");
            var types = service.instanceTypes(session, "us-east-1");
            assertThat(types.fromFallback()).isFalse();
            assertThat(types.types()).hasSizeBetween(55, 70).contains("t3.micro", "m6i.32xlarge", "g4dn.xlarge");
            var paged = new ArrayList<String>();
            String token = null;
            do {
                var next = token;
                var page = session.ec2(Region.US_EAST_1).describeInstanceTypeOfferings(b -> b.maxResults(10)
                        .nextToken(next));
                page.instanceTypeOfferings().forEach(o -> paged.add(o.instanceTypeAsString()));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            assertThat(paged).containsExactlyInAnyOrderElementsOf(types.types());
        }
        assertThat(LocalAws.zoneIdPrefix("ap-southeast-2")).isEqualTo("apse2");
        assertThat(LocalAws.zoneIdPrefix("us-gov-west-1")).isEqualTo("usgw1");
    }

    @Test
    void fetchesNinetyDaysOfDeterministicHistoryPageByPage() {
        var query = new PriceQuery(List.of("eu-west-1", "us-east-1"), TYPES, List.of("Linux/UNIX"), List.of(),
                START, END);
        var pages = new ConcurrentHashMap<String, Integer>();
        FetchProgress progress = new FetchProgress() {
            @Override
            public void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
                pages.merge(region, pagesSoFarInRegion, Math::max);
            }

            @Override
            public void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal) {
            }
        };
        try (var session = signIn("123456")) {
            var service = new SpotPriceService(8);
            var first = service.fetch(session, query, progress, () -> false);
            var second = service.fetch(session, query, FetchProgress.NONE, () -> false);

            assertThat(first.failedRegions()).isEmpty();
            var history = first.history();
            assertThat(history.series()).hasSize(18); // 3 types x 3 zones x 2 regions
            assertThat(history.pointCount()).isBetween(3_000L, 40_000L);
            assertThat(pages).containsOnlyKeys("eu-west-1", "us-east-1")
                    .allSatisfy((region, count) -> assertThat(count).isGreaterThan(1));
            for (var s : history.series()) {
                assertThat(s.size()).isGreaterThan(100);
                int cheapest = Integer.MAX_VALUE;
                for (int i = 0; i < s.size(); i++) {
                    cheapest = Math.min(cheapest, s.micros(i));
                }
                assertThat(cheapest).as("cheapest of %s", s).isPositive();
                // The change before START arrived and was moved to START by the history.
                assertThat(s.firstTime()).isEqualTo(START.toEpochMilli());
            }
            assertThat(m5Large(history, "eu-west-1a").price(0)).isBetween(0.015, 0.12);
            assertSameHistory(second.history(), history);

            // The raw answer: newest first, one record per series before START, and a smaller
            // window inside the big one tells the same prices.
            var dayStart = END.minus(Duration.ofDays(1));
            var records = new ArrayList<SpotPrice>();
            session.ec2(Region.EU_WEST_1).describeSpotPriceHistoryPaginator(b -> b.startTime(dayStart).endTime(END)
                    .instanceTypesWithStrings(TYPES).productDescriptions("Linux/UNIX").maxResults(40))
                    .spotPriceHistory().forEach(records::add);
            assertThat(records).extracting(SpotPrice::timestamp).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(records).filteredOn(p -> p.timestamp().isBefore(dayStart)).hasSize(9);
            for (var p : records) {
                var key = new SeriesKey("eu-west-1", p.availabilityZone(), p.instanceTypeAsString(), "Linux/UNIX");
                assertThat(history.find(key).orElseThrow().priceAt(p.timestamp().toEpochMilli()))
                        .isEqualTo(PriceSeries.toDollars(PriceSeries.toMicros(p.spotPrice())));
            }
        }
    }

    private static PriceSeries m5Large(PriceHistory history, String zone) {
        return history.find(new SeriesKey(zone.substring(0, zone.length() - 1), zone, "m5.large", "Linux/UNIX"))
                .orElseThrow();
    }

    private static void assertSameHistory(PriceHistory actual, PriceHistory expected) {
        assertThat(actual.series()).extracting(PriceSeries::key)
                .containsExactlyElementsOf(expected.series().stream().map(PriceSeries::key).toList());
        for (var s : expected.series()) {
            var other = actual.find(s.key()).orElseThrow();
            assertThat(other.size()).isEqualTo(s.size());
            for (int i = 0; i < s.size(); i++) {
                if (other.time(i) != s.time(i) || other.micros(i) != s.micros(i)) {
                    throw new AssertionError(s.key().label() + " differs at point " + i);
                }
            }
        }
    }
}
