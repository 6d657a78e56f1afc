package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A focus asked for in a scroll pane's content before the pane has its skin (so before its content is in the scene) lands. */
@ExtendWith(QuickApplicationExtension.class)
class WhenInSceneTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Button("elsewhere")), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFocusAskedBeforeTheScrollPaneHasItsSkinLandsOnceTheFieldIsInTheScene(FxRobot robot) {
        var field = new TextField();
        robot.interact(() -> {
            scene.setRoot(new ScrollPane(new VBox(field)));
            assertThat(field.getScene()).as("no skin yet: the content is not in the scene").isNull();
            field.requestFocus();
            assertThat(scene.getFocusOwner()).as("JavaFX drops that request").isNotSameAs(field);
            Scrolling.whenInScene(field, field::requestFocus);
        });
        FxWait.until(() -> scene.getFocusOwner() == field);
    }

    @Test
    void theLastFocusAskedForWinsWhateverTheOrderOfTheFieldsInTheView(FxRobot robot) {
        var field = new TextField();
        var button = new Button("Sign in");
        robot.interact(() -> {
            scene.setRoot(new ScrollPane(new VBox(field, button)));
            Scrolling.whenInScene(button, button::requestFocus); // the view shown: nothing to type yet
            Scrolling.whenInScene(field, field::requestFocus); // then no profiles: type the keys
        });
        FxWait.until(() -> scene.getFocusOwner() == field);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isSameAs(field);
    }

    @Test
    void inTheSceneAlreadyItRunsAtOnce(FxRobot robot) {
        var field = new TextField();
        var ran = new boolean[1];
        robot.interact(() -> scene.setRoot(new StackPane(field)));
        robot.interact(() -> Scrolling.whenInScene(field, () -> ran[0] = true));
        assertThat(ran[0]).isTrue();
    }
}
