package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.LoggedMessages;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Before the theme, the app stands in an empty user agent stylesheet: JavaFX must read it without
 * a complaint, and it must keep JavaFX's own theme (Modena) from being loaded for the controls
 * made meanwhile; the theme then replaces it.
 */
@ExtendWith(QuickApplicationExtension.class)
class StylesheetsNoneYetTest {
    private final LoggedMessages collect = new LoggedMessages();
    private final List<String> cssWarnings = collect.messages();
    private String before;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Application.getUserAgentStylesheet();
        Logger.getLogger("javafx.css").addHandler(collect);
    }

    @AfterEach
    void putBackTheTheme(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(before));
        Logger.getLogger("javafx.css").removeHandler(collect);
    }

    @Test
    void anEmptyStylesheetStandsInUntilTheThemeComes(FxRobot robot) {
        var button = new Button[1];
        robot.interact(() -> {
            Stylesheets.noneYet();
            button[0] = new Button("Sign in");
            stage.setScene(new Scene(new StackPane(button[0]), 200, 100));
            stage.show();
            button[0].applyCss();
        });

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Stylesheets.NONE);
        assertThat(button[0].getPadding()).as("no theme's padding").isEqualTo(Insets.EMPTY);
        assertThat(cssWarnings).as("JavaFX reads the stand-in without a warning").isEmpty();

        robot.interact(() -> {
            Stylesheets.applyTo(stage.getScene());
            button[0].applyCss();
        });
        assertThat(button[0].getPadding()).as("the theme's padding").isNotEqualTo(Insets.EMPTY);
    }
}
