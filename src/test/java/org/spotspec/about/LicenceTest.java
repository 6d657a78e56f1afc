package org.spotspec.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * SpotSpec is under the MIT licence (the original spotspec library's): LICENSE, the pom, and what
 * the installers say agree. The copyright line is the pom's inception year and organization, as
 * the installers' {@code app.copyright}.
 */
class LicenceTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static String pomValue(String pom, String regex) {
        var m = Pattern.compile(regex, Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1).trim();
    }

    @Test
    void licenseIsMitWithThePomsCopyright() throws IOException {
        var pom = read("pom.xml");
        var year = pomValue(pom, "<inceptionYear>(.*?)</inceptionYear>");
        var organization = pomValue(pom, "<organization>\\s*<name>(.*?)</name>");

        var licence = read("LICENSE");

        assertThat(licence).startsWith("MIT License\n\nCopyright (c) " + year + " " + organization + "\n")
                .contains("Permission is hereby granted, free of charge");
        assertThat(pomValue(pom, "<licenses>\\s*<license>\\s*<name>(.*?)</name>")).isEqualTo("MIT");
    }

    @Test
    void theInstallersNameMitAndTheDebCarriesTheSameText() throws IOException {
        assertThat(read("packaging/linux/jpackage-linux-rpm.txt")).contains("--linux-rpm-license-type MIT")
                .doesNotContain("ASL");
        assertThat(read("packaging/linux/jpackage-linux-installer.txt")).contains("--license-file LICENSE");
        assertThat(read("packaging/windows/installer-windows.txt")).contains("--license-file LICENSE");
        assertThat(read("packaging/linux/org.spotspec.SpotSpec.metainfo.xml"))
                .contains("<project_license>MIT</project_license>");

        var deb = read("packaging/linux/copyright");
        assertThat(deb).contains("Copyright: APPLICATION_COPYRIGHT\nLicense: MIT\n");
        var debText = deb.substring(deb.lastIndexOf("License: MIT\n") + "License: MIT\n".length()).lines()
                .map(l -> l.equals(" .") ? "" : l.substring(1)).collect(Collectors.joining("\n")).strip();
        var licence = read("LICENSE");
        assertThat(debText).isEqualTo(licence.substring(licence.indexOf("Permission")).strip());
    }
}
