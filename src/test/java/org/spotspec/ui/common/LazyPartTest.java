package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A part made only when first shown: not before, once only, in the scene graph only while shown. */
@ExtendWith(QuickApplicationExtension.class)
class LazyPartTest {
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger contentsMade = new AtomicInteger();
    private VBox host;
    private TitledPane advanced;
    private Label below;

    @Start
    void start(Stage stage) {
        host = new VBox();
        below = new Label("below");
        advanced = new TitledPane();
        advanced.setExpanded(false);
        var box = new VBox(12, new Label("above"), host, below, advanced);
        LazyPart.include(host, shown, () -> {
            made.incrementAndGet();
            var field = new TextField();
            field.setId("lazyField");
            return field;
        });
        LazyPart.content(advanced, () -> {
            contentsMade.incrementAndGet();
            return new Label("advanced fields");
        });
        stage.setScene(new Scene(box, 300, 300));
        stage.show();
    }

    @Test
    void thePartIsMadeTheFirstTimeItIsShownAndOnlyThen(FxRobot robot) {
        assertThat(made).hasValue(0);
        assertThat(host.isManaged()).as("the empty host takes no space (nor the box's spacing)").isFalse();
        var belowBefore = below.getLayoutY();

        robot.interact(() -> shown.set(true));
        assertThat(made).hasValue(1);
        assertThat(robot.lookup("#lazyField").tryQuery()).isPresent();
        assertThat(below.getLayoutY()).as("the part takes its place").isGreaterThan(belowBefore);

        robot.interact(() -> shown.set(false));
        assertThat(robot.lookup("#lazyField").tryQuery()).as("hidden: out of the scene graph").isEmpty();
        assertThat(below.getLayoutY()).isEqualTo(belowBefore);

        robot.interact(() -> shown.set(true));
        assertThat(made).as("made once, kept with what was typed in it").hasValue(1);
        assertThat(robot.lookup("#lazyField").tryQuery()).isPresent();
    }

    @Test
    void aTitledPanesContentIsMadeWhenItIsFirstExpanded(FxRobot robot) {
        assertThat(contentsMade).hasValue(0);
        assertThat(advanced.getContent()).isNull();
        robot.interact(() -> advanced.setExpanded(true));
        assertThat(contentsMade).hasValue(1);
        robot.interact(() -> {
            advanced.setExpanded(false);
            advanced.setExpanded(true);
        });
        assertThat(contentsMade).hasValue(1);
        assertThat(((Label) advanced.getContent()).getText()).isEqualTo("advanced fields");
    }
}
