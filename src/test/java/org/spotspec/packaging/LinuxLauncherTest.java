package org.spotspec.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app-image's Linux launcher (packaging/linux/launcher.sh) starts the JVM as jpackage's
 * launcher would from the image's cfg, run here in an image whose "JVM" prints its arguments; and
 * use-launcher.sh refuses a cfg the script would not honour.
 */
class LinuxLauncherTest {
    private static final Path PACKAGING = Path.of("packaging/linux").toAbsolutePath();
    private static final String CFG = """
            [Application]
            app.classpath=$APPDIR/spotspec.jar
            app.mainclass=org.spotspec.Launcher
            app.classpath=$APPDIR/with space.jar

            [JavaOptions]
            java-options=-XX:AOTCache=$APPDIR/spotspec.aot
            java-options=-Dpaths=$ROOTDIR|$BINDIR|$HOME|$
            """;

    @TempDir
    Path temp;
    private Path image;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        image = temp.resolve("Spot Spec");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        executable(image.resolve("lib/runtime/bin/java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"[$a]\"; done\n");
        Files.writeString(image.resolve("lib/app/SpotSpec.cfg"), CFG);
    }

    @Test
    void startsTheJvmWithTheCfgsOptionsClassPathAndMainClassThenTheUsersArguments() throws Exception {
        run(PACKAGING.resolve("use-launcher.sh").toString(), image.toString(), "SpotSpec");
        var link = temp.resolve("spotspec");
        Files.createSymbolicLink(link, image.resolve("bin/SpotSpec"));

        var out = run(link.toString(), "prices", "--types", "m5.large c5.large", "", "$APPDIR", "*");

        var app = image.resolve("lib/app").toString();
        assertThat(out.lines()).containsExactly(
                "[-XX:AOTCache=" + app + "/spotspec.aot]",
                "[-Dpaths=" + image + "|" + image.resolve("bin") + "|$HOME|$]",
                "[-Djpackage.app-path=" + image.resolve("bin/SpotSpec") + "]",
                "[-cp]",
                "[" + app + "/spotspec.jar:" + app + "/with space.jar]",
                "[org.spotspec.Launcher]",
                "[prices]", "[--types]", "[m5.large c5.large]", "[]", "[$APPDIR]", "[*]");
    }

    @Test
    void aCfgWithDefaultArgumentsIsRefused() throws Exception {
        Files.writeString(image.resolve("lib/app/SpotSpec.cfg"), CFG + "\n[ArgOptions]\narguments=--smoke-test\n");
        var jpackages = "#!/bin/sh\necho jpackage's launcher\n";
        executable(image.resolve("bin/SpotSpec"), jpackages);

        var process = start(PACKAGING.resolve("use-launcher.sh").toString(), image.toString(), "SpotSpec");

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("[ArgOptions]", "arguments=--smoke-test");
        assertThat(Files.readString(image.resolve("bin/SpotSpec"))).isEqualTo(jpackages);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String run(String... command) throws Exception {
        var process = start(command);
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private Process start(String... command) throws Exception {
        var process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(temp.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process;
    }
}
