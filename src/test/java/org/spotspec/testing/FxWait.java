package org.spotspec.testing;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the UI without sleeping: conditions are checked on the FX thread until they hold. */
public final class FxWait {
    private FxWait() {
    }

    public static void until(BooleanSupplier condition) {
        try {
            // Evaluated on the FX thread, so a half-applied update is never seen. Generous: two
            // cores under a full build are slow, and the wait ends as soon as the condition holds.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }

    /** A button of the open dialog, by its text (other views may have buttons of the same name). */
    public static Node dialogButton(FxRobot robot, String text) {
        java.util.function.Predicate<Node> named = n -> n instanceof javafx.scene.control.Button b
                && text.equals(b.getText());
        return robot.from(robot.lookup(".dialog-pane").<Node>query()).lookup(named).query();
    }

    /** The text of a label or field; empty while it is not in the scene yet. */
    public static String text(FxRobot robot, String query) {
        Optional<Node> found = robot.lookup(query).tryQuery();
        if (found.isEmpty()) {
            return "";
        }
        Node node = found.get();
        return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
    }
}
