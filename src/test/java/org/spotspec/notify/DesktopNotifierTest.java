package org.spotspec.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's notifications: the tool is found on the PATH, run without a shell (a message is
 * text, never a command), and missing tools or other systems mean no desktop notifications.
 */
class DesktopNotifierTest {
    @TempDir
    Path dir;

    private Path fakeTool(String name) throws Exception {
        var out = dir.resolve("args.txt");
        var tool = dir.resolve(name);
        Files.writeString(tool, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + out + "'\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return out;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void notifySendGetsTheTitleAndTextAsArgumentsNeverThroughAShell() throws Exception {
        var out = fakeTool("notify-send");
        var notifier = DesktopNotifier.find(Map.of("PATH", dir.toString()), "Linux", "SpotSpec", Runnable::run)
                .orElseThrow();

        notifier.send("Interruption notice — us-east-1", "EC2 will terminate i-0abc; $(touch " + dir
                + "/pwned) `id`", true);

        assertThat(Files.readAllLines(out)).containsExactly("--app-name=SpotSpec", "--urgency=critical", "--",
                "Interruption notice — us-east-1", "EC2 will terminate i-0abc; $(touch " + dir + "/pwned) `id`");
        assertThat(dir.resolve("pwned")).doesNotExist();
        assertThat(notifier.toolName()).isEqualTo("notify-send");
    }

    @Test
    void withoutTheToolOrOnAnotherSystemThereIsNone() throws Exception {
        assertThat(DesktopNotifier.find(Map.of("PATH", dir.toString()), "Linux", "SpotSpec", Runnable::run)).isEmpty();
        fakeTool("notify-send");
        assertThat(DesktopNotifier.find(Map.of("PATH", dir.toString()), "Windows 11", "SpotSpec", Runnable::run))
                .isEmpty();
        assertThat(DesktopNotifier.find(Map.of(), "Linux", "SpotSpec", Runnable::run)).isEmpty();
    }

    @Test
    void anAppleScriptStringCannotBeEndedByTheMessage() {
        assertThat(DesktopNotifier.appleString("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
    }
}
