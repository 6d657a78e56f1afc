package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A part shown only on a condition is in the scene graph only then, and comes back where it was. */
@ExtendWith(QuickApplicationExtension.class)
class SceneWhenTest {
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
    private Label above;
    private GridPane part;
    private TextField field;
    private Label below;
    private VBox box;

    @Start
    void start(Stage stage) {
        // Controls are made once the toolkit runs (here, not as fields).
        above = new Label("above");
        part = new GridPane();
        field = new TextField();
        below = new Label("below");
        part.setId("part");
        part.add(field, 1, 0);
        box = new VBox(above, part, below);
        SceneWhen.include(part, shown);
        stage.setScene(new Scene(box, 300, 200));
        stage.show();
    }

    @Test
    void hiddenItIsOutOfTheGraphShownItIsBackInItsPlaceWithItsBindings(FxRobot robot) {
        assertThat(part.getParent()).as("out of the graph while hidden").isNull();
        assertThat(robot.lookup("#part").tryQuery()).isEmpty();
        assertThat(box.getChildren()).hasSize(3).startsWith(above).endsWith(below);
        assertThat(box.getChildren().get(1).isManaged()).as("the placeholder takes no space").isFalse();
        var hiddenHeight = box.prefHeight(-1);

        robot.interact(() -> shown.set(true));

        assertThat(box.getChildren()).containsExactly(above, part, below);
        assertThat(part.isVisible() && part.isManaged()).isTrue();
        assertThat(GridPane.getColumnIndex(field)).isEqualTo(1);
        assertThat(box.prefHeight(-1)).isGreaterThan(hiddenHeight);
        robot.clickOn(field).write("kept");

        robot.interact(() -> shown.set(false));
        assertThat(box.getChildren()).doesNotContain(part).hasSize(3);
        assertThat(part.isVisible()).isFalse();
        robot.interact(() -> shown.set(true));
        assertThat(box.getChildren().indexOf(part)).isEqualTo(1);
        assertThat(field.getText()).isEqualTo("kept");
    }
}
