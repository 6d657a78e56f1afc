import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for packaging/figures.sh: a minimal JavaFX window, packaged like SpotSpec (same
 * jlink runtime, JavaFX on the class path, AppCDS), that measures its first window the way
 * SpotSpec's --smoke-test does (org.spotspec.FirstWindowProbe) and exits.
 */
public final class Hello {
    private Hello() {
    }

    /** Not in the Application subclass, so it starts from the class path (as SpotSpec's Launcher). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /**
     * Time since launch, as org.spotspec.logging.LaunchClock measures it (this app stands alone):
     * from first-window.sh's SPOTSPEC_LAUNCHED_AT, else the process's start as the JVM gives it.
     */
    static Duration sinceLaunch() {
        var launchedAt = System.getenv("SPOTSPEC_LAUNCHED_AT");
        if (launchedAt != null && launchedAt.matches("\\d{1,12}([.,]\\d{1,9})?")) {
            var micros = new BigDecimal(launchedAt.replace(',', '.')).movePointRight(6).longValue();
            return Duration.between(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Instant.now());
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now())).orElse(Duration.ZERO);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            var scene = new Scene(new Label("Hello"), 400, 200);
            stage.setScene(scene);
            stage.setOnShown(e -> {
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    Platform.runLater(() -> {
                        var elapsed = sinceLaunch();
                        System.out.println("first window shown in " + elapsed.toMillis() + " ms");
                        Platform.exit();
                    });
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            stage.show();
        }
    }
}
