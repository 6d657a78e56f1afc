package org.spotspec.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.about.AppInfo;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/** About shows where this run's log file is, in a field the user can copy into a bug report. */
@ExtendWith(QuickApplicationExtension.class)
class AboutDialogTest {
    private static final AppInfo INFO = new AppInfo("SpotSpec", "1.2.3", "Spot instances.", "SpotSpec");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void showsTheLogFileInACopyableField(FxRobot robot) {
        var file = Path.of("/home/ana/.local/state/SpotSpec/logs/spotspec.log");
        robot.interact(() -> AboutDialog.create(stage, INFO.withLogFile(file)).show());

        var field = robot.lookup("#logFile").<TextField>query();
        assertThat(field.getText()).isEqualTo(file.toString());
        assertThat(field.isEditable()).isFalse();
        assertThat(robot.lookup("Spot instances.").tryQuery()).isPresent();
        assertThat(robot.lookup("SpotSpec 1.2.3").tryQuery()).isPresent();
    }

    @Test
    void namesTheMitLicenceAndShowsItsTextOnAClick(FxRobot robot) {
        robot.interact(() -> AboutDialog.create(stage, INFO).show());

        var link = robot.lookup("#licenceLink").<Hyperlink>query();
        assertThat(link.getText()).isEqualTo("MIT licence");
        var text = robot.lookup("#licenceText").<TextArea>query();
        assertThat(text.isVisible()).isFalse();

        robot.clickOn(link);

        assertThat(text.isVisible()).isTrue();
        assertThat(text.getText()).startsWith("MIT License").contains("Copyright (c) 2026 SpotSpec",
                "Permission is hereby granted, free of charge");
        assertThat(text.isEditable()).isFalse();
    }

    @Test
    void saysWhenThereIsNoLogFile(FxRobot robot) {
        robot.interact(() -> AboutDialog.create(stage, INFO).show());

        assertThat(robot.lookup("#logFile").<TextField>query().getText()).contains("console");
    }
}
