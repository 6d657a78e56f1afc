package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form's role part in the settings file: ticked or not, the last ARNs, a bad value repaired. */
class RoleSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void theLastRoleArnsSurviveASaveAndLoadEvenWithCommasInTheirPath() {
        var store = new SettingsStore(dir.resolve("settings.properties"));
        var roles = new RoleSettings(true, List.of("arn:aws:iam::123456789012:role/a,b/spot-admin",
                "arn:aws:iam::123456789012:role/old"));

        store.save(Settings.defaults().withRoles(roles));

        assertThat(store.load().settings().roles()).isEqualTo(roles);
    }

    @Test
    void anOldFileWithoutThemHasNoRoleAndABadFlagIsReset() throws IOException {
        var file = dir.resolve("settings.properties");
        var store = new SettingsStore(file);
        store.save(Settings.defaults());
        assertThat(store.load().settings().roles()).isEqualTo(RoleSettings.none());

        Files.writeString(file, Files.readString(file).replace("signin.assumeRole=false", "signin.assumeRole=maybe")
                .replace("signin.roleArns=", "signin.roleArns=arn\\:aws\\:iam\\:\\:123456789012\\:role/x"));
        var loaded = store.load();
        assertThat(loaded.settings().roles()).isEqualTo(new RoleSettings(false,
                List.of("arn:aws:iam::123456789012:role/x")));
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("signin.assumeRole"));
    }

    @Test
    void atMostEightArnsAreKeptWithoutRepeats() {
        var many = new java.util.ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            many.add("arn:aws:iam::123456789012:role/r" + (i % 10));
        }
        var roles = new RoleSettings(true, many);
        assertThat(roles.roleArns()).hasSize(RoleSettings.MAX_ROLE_ARNS).doesNotHaveDuplicates()
                .startsWith("arn:aws:iam::123456789012:role/r0");
        assertThat(new RoleSettings(true, List.of()).assumeRole()).as("nothing to assume").isFalse();
    }
}
