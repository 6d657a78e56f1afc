package org.spotspec.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.read;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;

/** SpotPriceService with the real SDK clients against a local EC2 over HTTP. */
class SpotPriceServiceWireTest {
    private static final String PRICES = "DescribeSpotPriceHistory";
    private static final Instant START = Instant.parse("2026-11-26T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    private static final String LINUX = "Linux/UNIX";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final SpotPriceService service = new SpotPriceService(4);
    private final Recorder progress = new Recorder();

    @Test
    void followsNextTokenThroughEveryPageAndSendsTheQueryEachTime() {
        wire.aws().ec2Page(PRICES, null, null, read("ec2-spot-price-history-page1.xml"));
        wire.aws().ec2Page(PRICES, null, "AAEAAWNvbnRpbnVlLTI", read("ec2-spot-price-history-page2-empty.xml"));
        wire.aws().ec2Page(PRICES, null, "AAEAAWNvbnRpbnVlLTM", read("ec2-spot-price-history-page3.xml"));
        wire.aws().ec2Page(PRICES, null, "AAEAAWNvbnRpbnVlLTQ", read("ec2-spot-price-history-page4-last.xml"));

        var result = service.fetch(wire.session(), query(List.of("eu-west-1"), List.of("m5.large", "c5.large"),
                List.of(LINUX), List.of("eu-west-1a", "eu-west-1b")), progress, () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.failedRegions()).isEmpty();
        assertThat(result.history().pointCount()).isEqualTo(6);
        assertThat(result.history().series()).extracting(PriceSeries::key).containsExactly(
                key("eu-west-1a", "c5.large", LINUX), key("eu-west-1a", "m5.large", LINUX),
                key("eu-west-1b", "m5.large", LINUX));
        var m5a = result.history().find(key("eu-west-1a", "m5.large", LINUX)).orElseThrow();
        assertThat(times(m5a)).containsExactly(at("01:00"), at("06:00"), at("10:00"));
        assertThat(m5a.micros(0)).isEqualTo(36_500);
        assertThat(m5a.micros(2)).isEqualTo(38_400);

        var calls = wire.aws().requests(PRICES);
        assertThat(calls).hasSize(4);
        assertThat(calls.get(0).getBodyAsString()).doesNotContain("NextToken");
        assertThat(calls.get(1).getBodyAsString()).contains("NextToken=AAEAAWNvbnRpbnVlLTI");
        assertThat(calls.get(2).getBodyAsString()).contains("NextToken=AAEAAWNvbnRpbnVlLTM");
        assertThat(calls.get(3).getBodyAsString()).contains("NextToken=AAEAAWNvbnRpbnVlLTQ");
        assertThat(calls).extracting(LoggedRequest::getBodyAsString).allSatisfy(body -> assertThat(body)
                .contains("MaxResults=1000", "StartTime=2026-11-26T00%3A00%3A00Z", "EndTime=2026-11-26T12%3A00%3A00Z",
                        "InstanceType.1=m5.large", "InstanceType.2=c5.large", "ProductDescription.1=Linux%2FUNIX",
                        "Filter.1.Name=availability-zone", "Filter.1.Value.1=eu-west-1a", "Filter.1.Value.2=eu-west-1b"));
        assertThat(calls).extracting(AwsStub::signedRegion).containsOnly("eu-west-1");
        assertThat(progress.pages).containsExactly("eu-west-1 page 1 total 3", "eu-west-1 page 2 total 3",
                "eu-west-1 page 3 total 5", "eu-west-1 page 4 total 6");
        assertThat(progress.finished).containsExactly("eu-west-1 ok 1/1");
    }

    @Test
    void anErrorOnPageThreeFailsTheRegionAndKeepsThePagesBefore() {
        wire.aws().ec2Page(PRICES, null, null, spotPricePage("tokenB", List.of(item("eu-west-1a", "10:00", "0.038400"),
                item("eu-west-1b", "09:00", "0.039000"))));
        wire.aws().ec2Page(PRICES, null, "tokenB", spotPricePage("tokenC", List.of(item("eu-west-1a", "08:00", "0.037000"),
                item("eu-west-1b", "07:00", "0.036000"))));
        wire.aws().ec2Page(PRICES, null, "tokenC", 400, AwsStub.ec2ErrorBody("RequestExpired", "Request has expired."));

        var result = service.fetch(wire.session(), query(List.of("eu-west-1")), progress, () -> false);

        var problem = result.failedRegions().get("eu-west-1");
        assertThat(problem.action()).isEqualTo("Fetch prices in eu-west-1");
        assertThat(problem.code()).isEqualTo("RequestExpired");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_SESSION);
        assertThat(result.cancelled()).isFalse();
        // Decision: what arrived before the failure stays; the region is named as failed.
        assertThat(result.history().pointCount()).isEqualTo(4);
        assertThat(progress.finished).containsExactly("eu-west-1 failed 1/1");
    }

    @Test
    void productsTheSdkEnumLacksSurviveAsText() {
        wire.aws().ec2Page(PRICES, null, null, read("ec2-spot-price-history-products.xml"));
        var products = List.of("Red Hat Enterprise Linux", "SUSE Linux", "Red Hat Enterprise Linux (Amazon VPC)",
                "Windows", "Linux/UNIX (Amazon VPC)");

        var result = service.fetch(wire.session(), query(List.of("eu-west-1"), List.of("m5.large"), products, List.of()),
                progress, () -> false);

        assertThat(result.history().series()).extracting(s -> s.key().product())
                .containsExactlyInAnyOrderElementsOf(products);
        assertThat(wire.aws().requests(PRICES).get(0).getBodyAsString())
                .contains("ProductDescription.1=Red+Hat+Enterprise+Linux&", "ProductDescription.2=SUSE+Linux&")
                .doesNotContain("Filter.1");
    }

    @Test
    void theRecordBeforeStartAndOverlappingPagesAreDeduplicated() {
        wire.aws().ec2Page(PRICES, null, null, spotPricePage("tokenB", List.of(item("eu-west-1a", "02:00", "0.040000"),
                item("eu-west-1a", "01:00", "0.039000"), itemAt("eu-west-1a", START.minusSeconds(3600), "0.030000"))));
        wire.aws().ec2Page(PRICES, null, "tokenB", spotPricePage("", List.of(item("eu-west-1a", "01:00", "0.039000"),
                itemAt("eu-west-1a", START.minusSeconds(3600), "0.030000"),
                itemAt("eu-west-1a", START.minusSeconds(7200), "0.020000"))));

        var result = service.fetch(wire.session(), query(List.of("eu-west-1")), progress, () -> false);

        var series = result.history().series();
        assertThat(series).hasSize(1);
        assertThat(times(series.get(0))).containsExactly(START.toEpochMilli(), at("01:00"), at("02:00"));
        assertThat(series.get(0).micros(0)).isEqualTo(30_000);
        assertThat(progress.pages).containsExactly("eu-west-1 page 1 total 3", "eu-west-1 page 2 total 6");
    }

    @Test
    void failingRegionsAreReportedInQueryOrderWhileTheOthersComplete() {
        wire.aws().ec2Error(PRICES, "us-west-2", 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        wire.aws().ec2Error(PRICES, "ap-south-1", 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        wire.aws().ec2Page(PRICES, "eu-west-1", null, read("ec2-spot-price-history-page3.xml"));
        wire.aws().ec2Page(PRICES, "eu-west-1", "AAEAAWNvbnRpbnVlLTQ", read("ec2-spot-price-history-page4-last.xml"));

        var result = service.fetch(wire.session(), query(List.of("us-west-2", "eu-west-1", "ap-south-1")), progress,
                () -> false);

        assertThat(result.failedRegions()).containsOnlyKeys("us-west-2", "ap-south-1");
        assertThat(result.failedRegions().keySet()).containsExactly("us-west-2", "ap-south-1");
        assertThat(result.failedRegions().values()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(AwsProblem.Kind.PERMISSION);
            assertThat(p.code()).isEqualTo("UnauthorizedOperation");
        });
        assertThat(result.history().pointCount()).isEqualTo(3);
        assertThat(result.history().series()).allMatch(s -> s.key().region().equals("eu-west-1"));
        assertThat(wire.aws().requests(PRICES)).extracting(AwsStub::signedRegion)
                .containsExactlyInAnyOrder("us-west-2", "ap-south-1", "eu-west-1", "eu-west-1");
        assertThat(progress.finished).hasSize(3)
                .anyMatch(f -> f.matches("us-west-2 failed [123]/3"))
                .anyMatch(f -> f.matches("eu-west-1 ok [123]/3"))
                .anyMatch(f -> f.matches("ap-south-1 failed [123]/3"));
        assertThat(progress.finished).extracting(f -> f.substring(f.length() - 3)).containsExactlyInAnyOrder(
                "1/3", "2/3", "3/3");
    }

    @Test
    void chosenZonesFilterOnlyTheirOwnRegion() {
        wire.aws().ec2Page(PRICES, null, null, spotPricePage("", List.of()));

        service.fetch(wire.session(), query(List.of("eu-west-1", "us-east-1", "us-west-2"), List.of(), List.of(),
                List.of("eu-west-1a", "us-east-1b", "us-east-1-bos-1a")), progress, () -> false);

        for (var call : wire.aws().requests(PRICES)) {
            var body = call.getBodyAsString();
            switch (AwsStub.signedRegion(call)) {
                case "eu-west-1" -> assertThat(body).contains("Filter.1.Value.1=eu-west-1a").doesNotContain("Value.2");
                case "us-east-1" -> assertThat(body).contains("Filter.1.Value.1=us-east-1b",
                        "Filter.1.Value.2=us-east-1-bos-1a");
                default -> assertThat(body).doesNotContain("Filter.1");
            }
        }
        assertThat(wire.aws().count(PRICES)).isEqualTo(3);
    }

    @Test
    void cancellingStopsBeforeTheNextPageAndKeepsWhatArrived() {
        wire.aws().ec2Page(PRICES, null, null, spotPricePage("tokenB", List.of(item("eu-west-1a", "10:00", "0.038400"))));
        wire.aws().ec2Page(PRICES, null, "tokenB", spotPricePage("", List.of(item("eu-west-1a", "09:00", "0.037400"))));
        var cancelled = new AtomicBoolean();
        progress.onPage = () -> cancelled.set(true);

        var result = service.fetch(wire.session(), query(List.of("eu-west-1")), progress, cancelled::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.failedRegions()).isEmpty();
        assertThat(result.history().pointCount()).isEqualTo(1);
        assertThat(wire.aws().count(PRICES)).isEqualTo(1);
        assertThat(progress.finished).isEmpty();
    }

    @Test
    void cancellingDoesNotWaitForCallsInFlightInOtherRegions() throws InterruptedException {
        wire.aws().ec2Page(PRICES, "eu-west-1", null, spotPricePage("tokenB", List.of(item("eu-west-1a", "10:00", "0.038400"))));
        wire.aws().server().stubFor(AwsStub.action(PRICES).withHeader("Authorization", containing("/us-east-1/ec2/"))
                .willReturn(aResponse().withStatus(200)
                        .withBody(spotPricePage("", List.of(item("us-east-1a", "10:00", "0.050000"))))
                        .withFixedDelay(2000)));
        var cancelled = new AtomicBoolean();
        progress.onPage = () -> cancelled.set(true);

        var result = service.fetch(wire.session(), query(List.of("eu-west-1", "us-east-1")), progress, cancelled::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.history().series()).extracting(s -> s.key().region()).containsExactly("eu-west-1");
        assertThat(result.failedRegions()).isEmpty();
        // The worker left in the slow call ends by itself: the pool was shut down.
        var deadline = Instant.now().plusSeconds(5);
        while (fetchThreadsAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(fetchThreadsAlive()).isFalse();
    }

    @Test
    void noMoreRegionsRunAtOnceThanAllowed() {
        wire.aws().server().stubFor(AwsStub.action(PRICES).willReturn(aResponse().withStatus(200)
                .withBody(spotPricePage("", List.of())).withFixedDelay(300)));

        new SpotPriceService(2).fetch(wire.session(), query(List.of("eu-west-1", "us-east-1", "us-west-2", "ap-south-1")),
                progress, () -> false);

        var arrivals = wire.aws().requests(PRICES).stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertThat(arrivals).hasSize(4);
        assertThat(arrivals.get(2) - arrivals.get(0)).as("the third region waits for a free worker")
                .isGreaterThanOrEqualTo(250);
    }

    @Test
    void alreadyCancelledSendsNothing() {
        var result = service.fetch(wire.session(), query(List.of("eu-west-1", "us-east-1")), progress, () -> true);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.history().series()).isEmpty();
        assertThat(wire.aws().count(PRICES)).isZero();
    }

    private static PriceQuery query(List<String> regions) {
        return query(regions, List.of("m5.large"), List.of(LINUX), List.of());
    }

    private static PriceQuery query(List<String> regions, List<String> types, List<String> products,
                                    List<String> zones) {
        return new PriceQuery(regions, types, products, zones, START, END);
    }

    private static SeriesKey key(String zone, String type, String product) {
        return new SeriesKey(zone.replaceAll("[a-z]$", ""), zone, type, product);
    }

    private static String item(String zone, String time, String price) {
        return itemAt(zone, Instant.ofEpochMilli(at(time)), price);
    }

    private static String itemAt(String zone, Instant time, String price) {
        return spotPriceItem(zone, "m5.large", LINUX, price, time);
    }

    private static long at(String hhmm) {
        return Instant.parse("2026-11-26T" + hhmm + ":00Z").toEpochMilli();
    }

    private static List<Long> times(PriceSeries series) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < series.size(); i++) {
            times.add(series.time(i));
        }
        return times;
    }

    private static boolean fetchThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("spot-prices-"));
    }

    /** Progress as text lines, in the order the workers reported it. */
    private static final class Recorder implements FetchProgress {
        final List<String> pages = Collections.synchronizedList(new ArrayList<>());
        final List<String> finished = Collections.synchronizedList(new ArrayList<>());
        volatile Runnable onPage = () -> { };

        @Override
        public void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
            pages.add(region + " page " + pagesSoFarInRegion + " total " + recordsSoFarTotal);
            onPage.run();
        }

        @Override
        public void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal) {
            finished.add(region + (succeeded ? " ok " : " failed ") + regionsDone + "/" + regionsTotal);
        }
    }
}
