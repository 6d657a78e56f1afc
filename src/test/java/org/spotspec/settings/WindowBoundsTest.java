package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotspec.settings.Settings.WindowBounds;

class WindowBoundsTest {
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
}
