package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotspec.settings.Settings.WindowBounds;

/** The settings records repair what they are given, whoever builds them (the store, a model, a test). */
class SettingsRecordsTest {
    @Test
    void theDefaultSizeShrinksToASmallScreenButNeverBelowTheMinimum() {
        var fitted = WindowBounds.unset().fittedTo(1024, 700);
        assertThat(fitted.width()).isEqualTo(1024);
        assertThat(fitted.height()).isEqualTo(700);
        assertThat(fitted.hasPosition()).isFalse();

        var tiny = WindowBounds.unset().fittedTo(800, 600);
        assertThat(tiny.width()).as("the window's minimum still holds").isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(tiny.height()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }

    @Test
    void aWindowThatFitsKeepsItsSizeAndPlace() {
        var saved = new WindowBounds(50, 40, 1100, 720, true);
        assertThat(saved.fittedTo(1920, 1080)).isEqualTo(saved);
    }

    @Test
    void recordRepairsValuesHoweverBuilt() {
        var s = Settings.defaults().withSourceKind("BOGUS").withProfile(null).withMfaDurationSeconds(1_000_000)
                .withWindow(new WindowBounds(Double.POSITIVE_INFINITY, 5, 10, Double.NaN, false));

        assertThat(s.sourceKind()).isEqualTo(Settings.PROFILE);
        assertThat(s.profile()).isEmpty();
        assertThat(s.mfaDurationSeconds()).isEqualTo(Settings.MAX_MFA_SECONDS);
        assertThat(s.window()).isEqualTo(new WindowBounds(Double.NaN, 5, WindowBounds.MIN_WIDTH, 800, false));
        assertThat(Set.of(Settings.PROFILE, Settings.ENVIRONMENT, Settings.KEYS)).isEqualTo(Settings.SOURCE_KINDS);
    }

    @Test
    void theLaunchRegionsAreBoundedHoweverBuilt() {
        var many = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new LaunchSettings.RegionChoices(
                "region-" + i, "", "", "", "", null, "", "")).toList();

        var launch = new LaunchSettings(null, null, null, null, null, many);

        assertThat(launch.regions()).hasSize(LaunchSettings.MAX_REGIONS);
        assertThat(launch.regions().get(0).region()).isEqualTo("region-0");
        assertThat(launch.method()).isEmpty();
    }
}
