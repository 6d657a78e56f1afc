package org.spotspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of the style guide, checked on the sources (no ArchUnit dependency): non-UI
 * packages stay free of the toolkit so they run headless and from a command line, only the UI
 * and the composition root know the UI, and files stay small enough to read.
 *
 * <p>References are found in imports and in fully qualified names inside code (e.g.
 * {@code javafx.event.ActionEvent.ACTION}), after comments and string literals are removed.
 */
class ArchitectureTest {
    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_CONTROLLER_LINES = 150;
    /** Composition root (builds the object graph), its start-up warm-up and probe: they may name UI classes. */
    private static final Set<String> MAY_USE_UI = Set.of("org.spotspec.App", "org.spotspec.WarmUp",
            "org.spotspec.FirstWindowProbe");
    /** The entry point: hands a command to the command line, so it may name it. */
    private static final Set<String> MAY_USE_CLI = Set.of("org.spotspec.Launcher");

    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
            Pattern.DOTALL);

    /** A type of the app named in code: its package is the part before the first capital. */
    private static final Pattern TYPE_REFERENCE = Pattern.compile("(?<![\\w.])(org\\.spotspec(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    private static Path sourceRoot;
    private static List<Source> sources;

    /** One main source file: its class name, its code without comments/strings, its line count. */
    private record Source(Path file, String className, String code, int lines) {
        String packageName() {
            return className.substring(0, className.lastIndexOf('.'));
        }

        boolean inPackage(String pkg) {
            return packageName().equals(pkg) || packageName().startsWith(pkg + ".");
        }

        boolean references(String pkg) {
            return Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\.[A-Za-z_*]").matcher(code).find();
        }
    }

    @BeforeAll
    static void readSources() throws IOException {
        // Surefire runs with the Maven basedir as working directory.
        sourceRoot = Path.of("src/main/java").toAbsolutePath();
        assertThat(sourceRoot.resolve("org/spotspec")).as("main sources under %s", sourceRoot).isDirectory();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().map(ArchitectureTest::read)
                    .collect(Collectors.toList());
        }
    }

    private static Source read(Path file) {
        try {
            var text = Files.readString(file, StandardCharsets.UTF_8);
            var name = sourceRoot.relativize(file).toString().replace('\\', '/').replace('/', '.')
                    .replaceAll("\\.java$", "");
            var code = COMMENTS_AND_STRINGS.matcher(text).replaceAll(" ");
            return new Source(file, name, code, (int) text.lines().count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void scansTheWholeCodeBase() {
        // The rules below would pass on an empty list; make sure the walk found the app.
        assertThat(sources).extracting(Source::className)
                .contains("org.spotspec.App", "org.spotspec.aws.ErrorTranslator", "org.spotspec.model.signin.SignInForm",
                        "org.spotspec.cli.Cli");
    }

    @Test
    void servicesPricesSettingsAndLoggingDoNotUseJavaFx() {
        assertThat(offenders(List.of("org.spotspec.aws", "org.spotspec.prices", "org.spotspec.settings",
                "org.spotspec.logging", "org.spotspec.about", "org.spotspec.concurrent", "org.spotspec.userdirs",
                "org.spotspec.archive", "org.spotspec.pricedata", "org.spotspec.watch"),
                "javafx"))
                .as("non-UI classes that use JavaFX").isEmpty();
    }

    @Test
    void modelsAndTasksUseOnlyTheToolkitFreePartsOfJavaFx() {
        // javafx.beans / javafx.collections / javafx.concurrent are fine: they need no window.
        var layers = List.of("org.spotspec.model", "org.spotspec.tasks");
        var offenders = new TreeSet<String>();
        for (var forbidden : List.of("javafx.scene", "javafx.stage", "javafx.fxml")) {
            offenders.addAll(offenders(layers, forbidden));
        }
        assertThat(offenders).as("model/task classes that use scene, stage or FXML").isEmpty();
    }

    @Test
    void onlyTheUiAndTheCompositionRootUseTheUi() {
        var offenders = sources.stream()
                .filter(s -> !s.inPackage("org.spotspec.ui") && !MAY_USE_UI.contains(s.className()))
                .filter(s -> s.references("org.spotspec.ui"))
                .map(Source::className).collect(Collectors.toCollection(TreeSet::new));
        assertThat(offenders).as("classes outside org.spotspec.ui that use it").isEmpty();
    }

    @Test
    void theDesktopAppDoesNotDependOnTheCommandLine() {
        var offenders = sources.stream()
                .filter(s -> !s.inPackage("org.spotspec.cli") && !MAY_USE_CLI.contains(s.className()))
                .filter(s -> s.references("org.spotspec.cli"))
                .map(Source::className).collect(Collectors.toCollection(TreeSet::new));
        assertThat(offenders).as("classes outside org.spotspec.cli that use it").isEmpty();
    }

    @Test
    void theCommandLineUsesNoToolkitNoUiAndNoObservableModels() {
        // It runs headless; pure rules it shares with the forms live in aws/ and prices/.
        var offenders = new TreeSet<String>();
        for (var forbidden : List.of("javafx", "org.spotspec.ui", "org.spotspec.model", "org.spotspec.tasks")) {
            offenders.addAll(offenders(List.of("org.spotspec.cli"), forbidden));
        }
        assertThat(offenders).as("command-line classes that use JavaFX, the UI, models or the task runner")
                .isEmpty();
    }

    @Test
    void noPackageCycles() {
        assertThat(PackageCycles.of(dependencies(sources))).as("package cycles in src/main/java").isEmpty();
    }

    @Test
    void theCycleCheckFindsACycleThroughThreePackages() {
        // The rule above passes on a graph it cannot read; show that it reads one.
        var planted = List.of(new Source(Path.of("A.java"), "org.spotspec.a.A", "import org.spotspec.b.B;", 1),
                new Source(Path.of("B.java"), "org.spotspec.b.B", "var c = new org.spotspec.c.C();", 1),
                new Source(Path.of("C.java"), "org.spotspec.c.C", "import static org.spotspec.a.A.run;", 1),
                new Source(Path.of("D.java"), "org.spotspec.d.D", "import org.spotspec.a.A;", 1));
        assertThat(PackageCycles.of(dependencies(planted)))
                .containsExactly(List.of("org.spotspec.a", "org.spotspec.b", "org.spotspec.c"));
    }

    /** Package to the other packages of the app its classes name (imports and qualified names). */
    private static Map<String, Set<String>> dependencies(List<Source> from) {
        var graph = new TreeMap<String, Set<String>>();
        for (var source : from) {
            var uses = graph.computeIfAbsent(source.packageName(), p -> new TreeSet<>());
            var names = TYPE_REFERENCE.matcher(source.code());
            while (names.find()) {
                if (!names.group(1).equals(source.packageName())) {
                    uses.add(names.group(1));
                }
            }
        }
        return graph;
    }

    @Test
    void noSourceFileExceedsThreeHundredLines() {
        var tooLong = sources.stream().filter(s -> s.lines() > MAX_FILE_LINES)
                .map(s -> s.className() + " (" + s.lines() + " lines)").collect(Collectors.toList());
        assertThat(tooLong).as("files over %d lines; split them", MAX_FILE_LINES).isEmpty();
    }

    @Test
    void controllersStayThin() {
        var tooLong = sources.stream().filter(s -> s.className().endsWith("Controller"))
                .filter(s -> s.lines() > MAX_CONTROLLER_LINES)
                .map(s -> s.className() + " (" + s.lines() + " lines)").collect(Collectors.toList());
        assertThat(tooLong).as("controllers over %d lines; move logic into models", MAX_CONTROLLER_LINES)
                .isEmpty();
    }

    @Test
    void theScannerSeesFullyQualifiedNamesButNotCommentsOrStrings() {
        // The rules are only as good as this matcher, so check it on the cases that matter.
        var code = COMMENTS_AND_STRINGS.matcher("""
                // javafx.scene.Node in a comment
                /* javafx.stage.Stage
                   across lines */
                String s = "javafx.fxml.FXML";
                var e = javafx.event.ActionEvent.ACTION;
                """).replaceAll(" ");
        var source = new Source(Path.of("X.java"), "org.spotspec.model.X", code, 5);
        assertThat(source.references("javafx.scene")).isFalse();
        assertThat(source.references("javafx.stage")).isFalse();
        assertThat(source.references("javafx.fxml")).isFalse();
        assertThat(source.references("javafx.event")).isTrue();
        assertThat(source.references("javafx")).isTrue();
        assertThat(new Source(Path.of("Y.java"), "org.spotspec.model.Y", "import javafx.stage.*;", 1)
                .references("javafx.stage")).as("wildcard import").isTrue();
        // A prefix that only looks alike is not a reference.
        assertThat(source.references("javafx.even")).isFalse();
    }

    private static Set<String> offenders(List<String> layers, String forbidden) {
        return sources.stream().filter(s -> layers.stream().anyMatch(s::inPackage))
                .filter(s -> s.references(forbidden))
                .map(s -> s.className() + " uses " + forbidden)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
