import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which JDK's modules the packaged runtime is linked from (run by `mvn -Ppackage package`, as
 * `java RuntimeJdk.java <out.properties>`). The app is compiled for Java 17 and runs on any later
 * JDK; from JDK 25 on, the package ships an AOT cache (JEPs 483, 514) that starts it faster
 * than Java 17's AppCDS. So: the JDK in SPOTSPEC_RUNTIME_JDK if set ("build" = the JDK running
 * Maven); else the oldest JDK 25 or later found in the usual install folders; else the build JDK.
 * Writes runtime.jdk, runtime.feature, jlink.compress (jlink's option changed in JDK 21) and
 * jpackage.runtime.options (JVM options only newer runtimes know).
 */
public final class RuntimeJdk {
    private static final int AOT_CACHE_FEATURE = 25;

    public static void main(String[] args) throws IOException {
        var chosen = choose();
        int feature = feature(chosen).orElseThrow();
        var properties = new Properties();
        properties.setProperty("runtime.jdk", chosen.toString());
        properties.setProperty("runtime.feature", Integer.toString(feature));
        properties.setProperty("jlink.compress", feature >= 21 ? "zip-6" : "2");
        // JavaFX 21 loads its native libraries with System.load and Marlin (its rasteriser) uses
        // sun.misc.Unsafe: from JDK 24 on, each prints a warning at every start unless allowed.
        // (Java 17 knows neither option, so they are given only to a runtime that does.)
        properties.setProperty("jpackage.runtime.options", feature >= 24
                ? "--java-options --enable-native-access=ALL-UNNAMED --java-options --sun-misc-unsafe-memory-access=allow"
                : "");
        try (var out = Files.newBufferedWriter(Path.of(args[0]))) {
            properties.store(out, "written by packaging/tools/RuntimeJdk.java");
        }
        System.out.println("Runtime: JDK " + feature + " from " + chosen
                + (feature >= AOT_CACHE_FEATURE ? " (with an AOT cache on Linux)"
                        : " (AppCDS on Linux; a JDK " + AOT_CACHE_FEATURE + " starts the app faster: see README)"));
    }

    private static Path choose() {
        var build = Path.of(System.getProperty("java.home"));
        var asked = System.getenv("SPOTSPEC_RUNTIME_JDK");
        if (asked != null && !asked.isBlank()) {
            var path = asked.equals("build") ? build : Path.of(asked);
            if (feature(path).isEmpty() || !Files.isRegularFile(jlink(path))) {
                throw new IllegalArgumentException("SPOTSPEC_RUNTIME_JDK=" + asked + " is not a JDK with jlink");
            }
            return path;
        }
        return candidates().stream()
                .filter(jdk -> Files.isRegularFile(jlink(jdk)))
                .filter(jdk -> feature(jdk).orElse(0) >= AOT_CACHE_FEATURE)
                .min(Comparator.comparingInt((Path jdk) -> feature(jdk).orElseThrow()).thenComparing(Path::toString))
                .orElse(build);
    }

    private static Path jlink(Path jdk) {
        var windows = System.getProperty("os.name").startsWith("Windows");
        return jdk.resolve("bin").resolve(windows ? "jlink.exe" : "jlink");
    }

    /** Where JDKs are installed: packages, SDKMAN, IDEs, macOS bundles, Windows vendors, CI variables. */
    private static List<Path> candidates() {
        var home = Path.of(System.getProperty("user.home"));
        var found = new ArrayList<Path>();
        System.getenv().forEach((name, value) -> {
            if (name.matches("JAVA(_HOME)?_?25.*|JDK_?25.*")) {
                found.add(Path.of(value));
            }
        });
        for (var folder : List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"))) {
            found.addAll(children(folder));
        }
        for (var folder : List.of(Path.of("/Library/Java/JavaVirtualMachines"),
                home.resolve("Library/Java/JavaVirtualMachines"))) {
            children(folder).forEach(bundle -> found.add(bundle.resolve("Contents/Home")));
        }
        for (var vendor : List.of("Eclipse Adoptium", "Java", "Microsoft", "Zulu", "Amazon Corretto", "BellSoft")) {
            found.addAll(children(Path.of("C:/Program Files", vendor)));
        }
        return found;
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature release from the JDK's `release` file (JAVA_VERSION="25.0.3"); empty if none. */
    static Optional<Integer> feature(Path jdk) {
        var release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .filter(digits -> !digits.isEmpty())
                    .map(Integer::valueOf)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
