package org.spotspec.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;

/** How a form looks to the eye: each field's label level with the field's text, fields that stay put. */
public final class FormLayout {
    private FormLayout() {
    }

    /**
     * Every shown label of the grid's first column sits level with the first field beside it, or
     * with the text beside it (its text's top within 2 px of the top of the field's first line of
     * text); returns the labels checked.
     */
    public static List<String> assertLabelsLevelWithFields(FxRobot robot, String gridId) {
        var checked = new ArrayList<String>();
        robot.interact(() -> {
            GridPane grid = robot.lookup(gridId).query();
            for (var cell : grid.getChildren()) {
                if (cell instanceof Label label && label.isVisible() && column(label) == 0
                        && !label.getStyleClass().contains("section-title")) {
                    besideOf(grid, label).flatMap(n -> n instanceof Label ? Optional.of(n) : firstField(n)).ifPresent(field -> {
                        assertThat(topY(label.lookup(".text"))).as(label.getText() + " level with its field")
                                .isCloseTo(topY(field.lookup(".text")), within(2.0));
                        checked.add(label.getText());
                    });
                }
            }
        });
        return checked;
    }

    /** Where the nodes of {@code ids} are, top to bottom, in the scene: to check that nothing moved. */
    public static List<Double> sceneYs(FxRobot robot, List<String> ids) {
        var ys = new ArrayList<Double>();
        robot.interact(() -> ids.forEach(id -> ys.add(robot.lookup(id).query().localToScene(0, 0).getY())));
        return ys;
    }

    private static Optional<Node> besideOf(GridPane grid, Label label) {
        return grid.getChildren().stream().filter(n -> n.isVisible() && column(n) == 1
                && GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n).equals(GridPane.getRowIndex(label)))
                .findFirst();
    }

    private static Optional<Node> firstField(Node node) {
        if (!node.isVisible() || node instanceof Label) {
            return Optional.empty();
        }
        if (node instanceof Control) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(FormLayout::firstField).flatMap(Optional::stream)
                    .findFirst();
        }
        return Optional.empty();
    }

    private static int column(Node node) {
        var index = GridPane.getColumnIndex(node);
        return index == null ? 0 : index;
    }

    private static double topY(Node text) {
        return text.localToScene(text.getLayoutBounds()).getMinY();
    }
}
