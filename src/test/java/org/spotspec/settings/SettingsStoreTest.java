package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.settings.Settings.WindowBounds;
import org.spotspec.userdirs.UserDirs;

class SettingsStoreTest {
    // Names a future secret field would likely carry; none may reach the file or the record.
    private static final Pattern SECRETISH = Pattern.compile("(?i).*(secret|token|password|passwd|code|credential|key).*");

    @TempDir
    Path dir;

    private static Settings everyFieldChanged() {
        return Settings.defaults()
                .withSourceKind(Settings.KEYS)
                .withProfile("prod admin=ü:#!")
                .withRegion("eu-west-3")
                .withUseMfa(true)
                .withMfaDurationSeconds(3600)
                .withEndpointUrl("http://localhost:4566/")
                .withWindow(new WindowBounds(-1280.5, 20, 1024, 700, true))
                .withPrices(new PriceQuerySettings(List.of("eu-west-1", "us-east-1"), List.of("m5.large", "c6i.large"),
                        List.of("Linux/UNIX", "Red Hat Enterprise Linux (Amazon VPC)"), "LAST_90_DAYS",
                        "0.05", new ScoreQuerySettings("40", "vcpu", true, true, "2-8", "4-32")))
                .withSso(new SsoSettings(Map.of("work dev", "123456789012 SpotAdmin"), true))
                .withRefresh(new RefreshSettings("SECONDS_30", "MINUTES_5"))
                .withLaunch(new LaunchSettings("REQUEST_SPOT_INSTANCES", "3", "PERSISTENT", "STOP", "ml-runner",
                        List.of(new LaunchSettings.RegionChoices("eu-west-1", "ami-0123456789abcdef0", "c6i.large",
                                        "", "", List.of(), "", "eu-west-1b"),
                                new LaunchSettings.RegionChoices("us-east-1", "ami-0abcdef1234567890", "m5.large",
                                        "0.05", "ml key ü=:#!", List.of("sg-12345678", "sg-87654321"),
                                        "subnet-12345678", "")),
                        new LaunchSettings.FleetChoices(true, "m5.large,c5.large", "LOWEST_PRICE", "1")))
                .withArchive(new ArchiveSettings("jdbc:postgresql://db/spot?user=team", List.of("m5.large"),
                        List.of("us-east-1", "eu-west-1"), List.of("Linux/UNIX"), 30));
    }

    private Path file() {
        return dir.resolve("settings.properties");
    }

    /** Saves a valid file, then overwrites one key with a hand-edited value. */
    private void saveWith(String key, String value) throws IOException {
        new SettingsStore(file()).save(everyFieldChanged());
        var props = new Properties();
        try (var in = Files.newInputStream(file())) {
            props.load(in);
        }
        props.setProperty(key, value);
        try (var out = Files.newOutputStream(file())) {
            props.store(out, null);
        }
    }

    @Test
    void roundTripsEveryField() {
        var store = new SettingsStore(file());
        store.save(everyFieldChanged());

        var loaded = store.load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(everyFieldChanged());
    }

    @Test
    void anOlderFileWithoutRefreshOrLaunchKeysGivesTheirDefaultsQuietly() throws IOException {
        new SettingsStore(file()).save(everyFieldChanged());
        var props = new Properties();
        try (var in = Files.newInputStream(file())) {
            props.load(in);
        }
        props.stringPropertyNames().stream().filter(k -> k.matches("(refresh|launch|archive)\\..*"))
                .forEach(props::remove);
        try (var out = Files.newOutputStream(file())) {
            props.store(out, null);
        }

        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().refresh()).isEqualTo(RefreshSettings.none());
        assertThat(loaded.settings().launch()).isEqualTo(LaunchSettings.none());
        assertThat(loaded.settings().archive()).isEqualTo(ArchiveSettings.none());
        assertThat(loaded.settings().prices()).isEqualTo(everyFieldChanged().prices());
    }

    @Test
    void garbledLaunchRegionsAreDroppedAndOtherValuesLeftToTheModels() throws IOException {
        saveWith("launch.regions", " us-east-1,,eu.west/1,us-east-1,eu-west-1 ");
        var props = new Properties();
        try (var in = Files.newInputStream(file())) {
            props.load(in);
        }
        props.setProperty("refresh.requests", "EVERY_2_SECONDS");
        props.setProperty("launch.count", "lots");
        try (var out = Files.newOutputStream(file())) {
            props.store(out, null);
        }

        var loaded = new SettingsStore(file()).load().settings();

        assertThat(loaded.launch().regions()).extracting(LaunchSettings.RegionChoices::region)
                .containsExactly("us-east-1", "eu-west-1");
        assertThat(loaded.launch().forRegion("us-east-1").orElseThrow().securityGroups())
                .containsExactly("sg-12345678", "sg-87654321");
        // The settings layer does not know the intervals or the form's rules: the Memory classes judge.
        assertThat(loaded.refresh().requests()).isEqualTo("EVERY_2_SECONDS");
        assertThat(loaded.launch().count()).isEqualTo("lots");
    }

    @Test
    void roundTripsUnsetWindowAsNaNPosition() {
        var store = new SettingsStore(file());
        store.save(Settings.defaults());

        var loaded = store.load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.settings().window().x()).isNaN();
        assertThat(loaded.settings().window().y()).isNaN();
        assertThat(loaded.settings().window().hasPosition()).isFalse();
    }

    @Test
    void missingFileGivesDefaultsWithoutWarning() {
        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void randomBytesGiveDefaultsAndAWarningNamingTheFile() throws IOException {
        var garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(file(), garbage);

        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains(file().toString()).doesNotContain("\n"));
    }

    @Test
    void unreadableFileGivesDefaultsAndAWarning() throws IOException {
        Files.createDirectory(file()); // a directory cannot be read as a file on any OS

        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains(file().toString()));
    }

    @Test
    void wrongTypeFallsBackForThatFieldOnly() throws IOException {
        saveWith("window.width", "abc");

        var loaded = new SettingsStore(file()).load();

        var expected = everyFieldChanged().window();
        assertThat(loaded.settings().window()).isEqualTo(new WindowBounds(
                expected.x(), expected.y(), WindowBounds.DEFAULT_WIDTH, expected.height(), expected.maximized()));
        assertThat(loaded.settings().withWindow(expected)).isEqualTo(everyFieldChanged());
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains(file().toString(), "window.width"));
    }

    @Test
    void outOfRangeNumbersAreClampedWithAWarning() throws IOException {
        saveWith("signin.mfaDurationSeconds", "5");

        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.settings()).isEqualTo(everyFieldChanged().withMfaDurationSeconds(Settings.MIN_MFA_SECONDS));
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("signin.mfaDurationSeconds"));
    }

    @Test
    void tinyWindowIsClampedToMinimumSize() throws IOException {
        saveWith("window.height", "10");

        var loaded = new SettingsStore(file()).load();

        assertThat(loaded.settings().window().height()).isEqualTo(WindowBounds.MIN_HEIGHT);
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("window.height"));
    }

    @Test
    void savingOverAnExistingFileLeavesOnlyThatFile() throws IOException {
        var store = new SettingsStore(file());
        store.save(Settings.defaults());
        store.save(everyFieldChanged());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file());
        }
        assertThat(store.load().settings()).isEqualTo(everyFieldChanged());
    }

    @Test
    void concurrentReaderNeverSeesAHalfWrittenFile() throws Exception {
        var store = new SettingsStore(file());
        var saved = ConcurrentHashMap.<Settings>newKeySet();
        saved.add(Settings.defaults());
        store.save(Settings.defaults());
        var writing = new AtomicBoolean(true);

        var reader = CompletableFuture.supplyAsync(() -> {
            int loads = 0;
            while (writing.get() || loads == 0) {
                var result = store.load();
                assertThat(result.warning()).isEmpty();
                assertThat(saved).contains(result.settings());
                loads++;
            }
            return loads;
        });
        for (int i = 0; i < 200; i++) {
            var next = everyFieldChanged().withProfile("profile-" + i).withMfaDurationSeconds(900 + i);
            saved.add(next); // before the save, so the reader can never see an unknown value
            store.save(next);
        }
        writing.set(false);

        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void saveCreatesMissingDirectories() {
        var nested = dir.resolve("a").resolve("b").resolve("settings.properties");
        var store = new SettingsStore(nested);

        store.save(everyFieldChanged());

        assertThat(store.load().settings()).isEqualTo(everyFieldChanged());
    }

    @Test
    void saveFailureThrowsUncheckedAndLeavesNoTempFile() throws IOException {
        var blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        var store = new SettingsStore(blocker.resolve("settings.properties"));

        assertThatThrownBy(() -> store.save(Settings.defaults())).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocker);
        }
    }

    @Test
    void defaultFileIsSettingsPropertiesInTheUsersSettingsFolder() {
        // Each OS's folder is UserDirsTest's; here, that the file is named and placed in it.
        var home = Path.of("/home/ana");
        var appData = "/winroot/Users/ana/AppData/Roaming"; // any absolute path works on the test OS

        assertThat(SettingsStore.defaultFile(Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".config/spotspec/settings.properties"));
        assertThat(SettingsStore.defaultFile(Map.of("APPDATA", appData), "Windows 11", home))
                .isEqualTo(Path.of(appData, "SpotSpec", "settings.properties"));
        assertThat(SettingsStore.defaultFile(Map.of(), "Mac OS X", home))
                .isEqualTo(new UserDirs(Map.of(), "Mac OS X", home).settings().resolve("settings.properties"));
    }

    @Test
    void noSecretShapedNameInFileOrRecord() throws IOException {
        new SettingsStore(file()).save(everyFieldChanged());
        var props = new Properties();
        try (var in = Files.newInputStream(file())) {
            props.load(in);
        }

        assertThat(props.stringPropertyNames()).isNotEmpty().noneMatch(k -> SECRETISH.matcher(k).matches());
        assertThat(Arrays.stream(Settings.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(n -> SECRETISH.matcher(n).matches());
    }
}
