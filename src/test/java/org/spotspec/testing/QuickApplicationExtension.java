package org.spotspec.testing;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension} (use it the same way: {@code @ExtendWith}, {@code @Start},
 * an {@link FxRobot} parameter) whose robot types a whole string at once. TestFX's own
 * {@code write} waits for the FX queue to drain five times and then 25 ms after every key, so a
 * 40-character secret took five seconds and typing was most of the UI suite's time (measured with
 * JFR). Here every key is delivered as TestFX delivers it (pressed, typed, released, to the
 * scene's focus owner at that moment) but all in one FX event, and the queue is drained once.
 * A click moves the mouse straight to its target once (TestFX moves it twice, waiting for the FX
 * queue after each), then presses and releases as TestFX does.
 */
public class QuickApplicationExtension extends ApplicationExtension {

    @Override
    public FxRobot write(String text) {
        var scene = targetWindow().getScene();
        interact(() -> text.chars().forEach(c -> type(scene, (char) c)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @Override
    public FxRobot write(char character) {
        return write(String.valueOf(character));
    }

    @Override
    public FxRobot write(String text, int sleepMillis) {
        return write(text);
    }

    @Override
    public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        // Where the target is now, as TestFX's last step of a move reads it.
        robotContext().getMouseRobot().move(pointQuery.query());
        robotContext().getClickRobot().clickOn(buttons);
        return this;
    }

    /** Backspace {@code amount} times, as one FX event. */
    @Override
    public FxRobot eraseText(int amount) {
        var scene = targetWindow().getScene();
        interact(() -> {
            for (int i = 0; i < amount; i++) {
                fire(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
                fire(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private static void type(Scene scene, char character) {
        // As TestFX's WriteRobot: Enter and Tab are keys of their own, other characters only typed.
        var code = character == '\n' ? KeyCode.ENTER : character == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
        fire(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code);
        fire(scene, KeyEvent.KEY_TYPED, String.valueOf(character), KeyCode.UNDEFINED);
        fire(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code);
    }

    private static void fire(Scene scene, javafx.event.EventType<KeyEvent> type, String character, KeyCode code) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, new KeyEvent(type, character, "", code, false, false, false, false));
    }
}
