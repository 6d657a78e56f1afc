package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.Transition;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.model.tables.LiveTable;
import org.spotspec.testing.InlineCalls;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The auto-refresh ticker follows the table's window, once per event however often the main view
 * left the scene and came back (sign-out, sign-in: {@code AppWindow} swaps the scene's root).
 * Listeners added at every sign-in used to pile up on the same scene and window.
 */
@ExtendWith(QuickApplicationExtension.class)
class LiveTableBindingTest {
    private Parent signIn;
    private Stage window;
    private Scene scene;
    private Parent mainView;
    private CountingTicker ticker;

    /** Counts starts and stops instead of ticking. */
    private static final class CountingTicker extends Transition {
        int plays;
        int stops;

        @Override
        public void play() {
            plays++;
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        protected void interpolate(double frac) {
        }
    }

    @Start
    void start(Stage primary) {
        // Stays up, so hiding the window under test never leaves the toolkit without a window.
        primary.setScene(new Scene(new StackPane(), 100, 100));
        primary.show();
        var aws = new InlineCalls();
        var model = new LiveTable<String>("Describe rows", aws.calls, aws.session,
                new org.spotspec.model.tables.TableRegions(aws.session), aws.status, aws.clock, (s, region) -> List.of(), row -> "", List::of, List.of());
        var table = new TableView<String>();
        LiveTableBinding.keep(table, model, row -> row, tick -> ticker = new CountingTicker());
        mainView = new StackPane(table);
        signIn = new Label("sign in");
        scene = new Scene(signIn, 300, 200);
        window = new Stage();
        window.setScene(scene);
        window.show();
        scene.setRoot(mainView);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    private void signOutAndIn(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.interact(() -> scene.setRoot(signIn));
            robot.interact(() -> scene.setRoot(mainView));
        }
    }

    @Test
    void afterSignOutsAndSignInsHidingAndShowingTheWindowStopsAndStartsOnce(FxRobot robot) {
        signOutAndIn(robot, 3);
        int plays = ticker.plays;
        int stops = ticker.stops;

        robot.interact(window::hide);
        assertThat(ticker.stops - stops).as("stops on hide").isEqualTo(1);
        assertThat(ticker.plays).isEqualTo(plays);

        robot.interact(window::show);
        assertThat(ticker.plays - plays).as("starts on show").isEqualTo(1);
        assertThat(ticker.stops - stops).isEqualTo(1);
    }

    @Test
    void outOfTheSceneTheTableDoesNotTickAndBackInItDoes(FxRobot robot) {
        int plays = ticker.plays;
        int stops = ticker.stops;

        robot.interact(() -> scene.setRoot(signIn));
        assertThat(ticker.stops - stops).as("signed out: stopped").isEqualTo(1);

        robot.interact(() -> scene.setRoot(mainView));
        assertThat(ticker.plays - plays).as("signed in again: started once").isEqualTo(1);
        assertThat(ticker.stops - stops).isEqualTo(1);
    }
}
