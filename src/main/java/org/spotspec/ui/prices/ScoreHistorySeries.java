package org.spotspec.ui.prices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.chart.XYChart;
import org.spotspec.scores.ScoreSample;

/** Placement scores over time as chart series: one per place, x = hours before now, y = the score. */
final class ScoreHistorySeries {
    private ScoreHistorySeries() {
    }

    static List<XYChart.Series<Number, Number>> of(List<ScoreSample> samples, Instant now) {
        Map<String, XYChart.Series<Number, Number>> byPlace = new TreeMap<>();
        for (var s : samples) {
            var series = byPlace.computeIfAbsent(s.place(), place -> {
                var made = new XYChart.Series<Number, Number>();
                made.setName(place);
                return made;
            });
            double hoursAgo = Duration.between(s.at(), now).toSeconds() / 3600.0;
            series.getData().add(new XYChart.Data<>(-hoursAgo, s.score()));
        }
        return new ArrayList<>(byPlace.values());
    }
}
