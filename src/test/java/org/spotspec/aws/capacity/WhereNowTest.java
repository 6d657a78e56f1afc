package org.spotspec.aws.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.capacity.WhereNow.Place;
import org.spotspec.aws.capacity.WhereNow.PricePoint;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.prices.SeriesKey;

class WhereNowTest {
    private static final Instant T = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void theHigherScoreWinsOverTheLowerPrice() {
        var ranked = WhereNow.rank(List.of(region("us-east-1", 6), region("eu-west-1", 9)),
                List.of(price("us-east-1", "us-east-1a", 0.030, 0.035), price("eu-west-1", "eu-west-1b", 0.050, 0.060)));

        assertThat(ranked).extracting(Place::rank, Place::region, Place::score).containsExactly(
                tuple(1, "eu-west-1", 9), tuple(2, "us-east-1", 6));
    }

    @Test
    void equalScoresGoToTheLowerP95ThenTheLowerLatestPrice() {
        var ranked = WhereNow.rank(List.of(region("a-east-1", 7), region("b-east-1", 7), region("c-east-1", 7)),
                List.of(price("a-east-1", "a-east-1a", 0.040, 0.050), price("b-east-1", "b-east-1a", 0.045, 0.040),
                        price("c-east-1", "c-east-1a", 0.030, 0.050)));

        assertThat(ranked).extracting(Place::region).containsExactly("b-east-1", "c-east-1", "a-east-1");
    }

    @Test
    void aRegionsPriceIsItsCheapestZoneAndType() {
        var ranked = WhereNow.rank(List.of(region("eu-west-1", 8)), List.of(
                price("eu-west-1", "eu-west-1a", 0.050, 0.070), price("eu-west-1", "eu-west-1b", 0.040, 0.080)));

        assertThat(ranked).singleElement().satisfies(p -> {
            assertThat(p.zone()).isEmpty();
            assertThat(p.latest()).isEqualTo(0.040);
            assertThat(p.p95()).isEqualTo(0.070);
        });
    }

    @Test
    void placesWithoutAScoreComeLastAndScoresWithoutPricesStillRank() {
        var ranked = WhereNow.rank(List.of(region("us-west-2", 3)),
                List.of(price("ap-south-1", "ap-south-1a", 0.010, 0.011)));

        assertThat(ranked).extracting(Place::region, Place::score, Place::latest).containsExactly(
                tuple("us-west-2", 3, null), tuple("ap-south-1", null, 0.010));
    }

    @Test
    void zoneScoresRankZonesMatchedByName() {
        var scores = List.of(zone("eu-west-1", "euw1-az1", "eu-west-1c", 5), zone("eu-west-1", "euw1-az3", "eu-west-1a", 5));
        var ranked = WhereNow.rank(scores, List.of(price("eu-west-1", "eu-west-1a", 0.050, 0.060),
                price("eu-west-1", "eu-west-1c", 0.040, 0.045)));

        assertThat(ranked).extracting(Place::zone, Place::zoneId, Place::p95).containsExactly(
                tuple("eu-west-1c", "euw1-az1", 0.045), tuple("eu-west-1a", "euw1-az3", 0.060));
    }

    @Test
    void aZoneWithoutAKnownNameIsShownByItsId() {
        var ranked = WhereNow.rank(List.of(zone("eu-west-1", "euw1-az2", "", 4)), List.of());

        assertThat(ranked).singleElement().extracting(Place::zone).isEqualTo("euw1-az2");
    }

    @Test
    void pricePointsComeFromStatisticsWithData() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
        var with = new PriceStatistics(key, 0.04, 0, 0.03, 0.04, 0.04, 0.05, 0.06, 0, Double.NaN);
        var without = new PriceStatistics(key, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);

        assertThat(PricePoint.of(with)).contains(new PricePoint("eu-west-1", "eu-west-1a", 0.04, 0.05));
        assertThat(PricePoint.of(without)).isEmpty();
    }

    @Test
    void theRuleIsExplainedInOneLine() {
        assertThat(WhereNow.EXPLANATION).doesNotContain("\n").contains("score", "95th-percentile", "latest");
    }

    private static PlacementScore region(String region, int score) {
        return new PlacementScore(region, "", "", score, T);
    }

    private static PlacementScore zone(String region, String id, String name, int score) {
        return new PlacementScore(region, id, name, score, T);
    }

    private static PricePoint price(String region, String zone, double latest, double p95) {
        return new PricePoint(region, zone, latest, p95);
    }
}
