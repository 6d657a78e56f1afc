package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A new user's first start: no AWS files, so the form turns to typed keys once the (empty)
 * profile list is read, and the cursor goes there, not to Sign in.
 */
@ExtendWith(QuickApplicationExtension.class)
class NewUserSignInTest {
    private static final Path HOME = newHome();

    @RegisterExtension
    final AppHarness app = new AppHarness(HOME);

    private static Path newHome() {
        try {
            return Files.createTempDirectory("spotspec-new-user");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        Files.delete(HOME.resolve(".aws/config")); // the harness writes them; a new user has none
        Files.delete(HOME.resolve(".aws/credentials"));
        app.start(stage);
    }

    @AfterAll
    static void deleteHome() throws IOException {
        try (Stream<Path> files = Files.walk(HOME)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void withoutAwsFilesTypingStartsAtTheAccessKeyId(FxRobot robot) {
        FxWait.until(() -> app.services.signIn().form().sourceProperty().get() == SourceKind.KEYS);
        FxWait.until(() -> robot.lookup("#accessKeyId").tryQuery()
                .filter(field -> field == field.getScene().getFocusOwner()).isPresent());
        robot.targetWindow(app.stage()).write("AKIAIOSFODNN7EXAMPLE"); // no click first: where the cursor is
        assertThat(app.services.signIn().form().accessKeyIdProperty().get()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }
}
