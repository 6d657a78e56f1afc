package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.TestAws;

/** credential_process read as Python's configparser (the AWS CLI) reads it, not cut at " ;" or " #". */
class RawProfileValueTest {
    @TempDir
    Path home;

    private static final List<String> CONFIG = List.of(
            "# a comment",
            "[default]",
            "credential_process = default-tool",
            "[profile proc]",
            "region = eu-west-1",
            "; another comment",
            "credential_process = sh -c \"tool ; echo # done\" ; not a comment",
            "output = json",
            "[profile multi]",
            "credential_process = tool",
            "    --flag",
            "  # skipped",
            "    value",
            "region = eu-west-1",
            "[profile colon]",
            "credential_process: tool --x");

    @Test
    void valuesKeepTheirSemicolonsAndHashes() {
        assertThat(RawProfileValue.find(CONFIG, "profile proc", "credential_process"))
                .contains("sh -c \"tool ; echo # done\" ; not a comment");
        assertThat(RawProfileValue.find(CONFIG, "profile multi", "credential_process")).contains("tool\n--flag\nvalue");
        assertThat(RawProfileValue.find(CONFIG, "profile colon", "credential_process")).contains("tool --x");
        assertThat(RawProfileValue.find(CONFIG, "default", "credential_process")).contains("default-tool");
        assertThat(RawProfileValue.find(CONFIG, "profile none", "credential_process")).isEmpty();
        assertThat(RawProfileValue.find(CONFIG, "profile proc", "mfa_serial")).isEmpty();
        assertThat(RawProfileValue.find(List.of("[profile   spaced ]", "credential_process=x"), "profile spaced",
                "credential_process")).contains("x");
    }

    @Test
    void theCredentialsFileWinsAndTheConfigFileNamesProfilesWithTheirPrefix() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.write(home.resolve(".aws/config"), CONFIG);
        var env = TestAws.emptyEnvironment(home);
        assertThat(RawProfileValue.find(env, "proc", "credential_process")).contains(
                "sh -c \"tool ; echo # done\" ; not a comment");
        assertThat(RawProfileValue.find(env, "default", "credential_process")).contains("default-tool");

        Files.writeString(home.resolve(".aws/credentials"), "[proc]\ncredential_process = from-credentials\n");
        assertThat(RawProfileValue.find(env, "proc", "credential_process")).contains("from-credentials");
    }

    @Test
    void theProviderRunsTheCommandAsTheAwsCliReadsIt() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        // Without the "name: value" line, which the SDK rejects (and the whole file with it).
        Files.write(home.resolve(".aws/config"), CONFIG.subList(0, CONFIG.size() - 2));
        var env = TestAws.emptyEnvironment(home);
        var catalog = new ProfileDiscovery(env).discover();
        assertThat(catalog.find("proc").orElseThrow().kind()).isEqualTo(ProfileInfo.Kind.PROCESS);
        // The SDK alone would have cut the line at " ; ", leaving an unclosed quote.
        assertThat(catalog.profileFile().profile("proc").orElseThrow().property("credential_process"))
                .contains("sh -c \"tool");
        ProcessCredentials.forProfile(catalog, "proc", env); // splits without CredentialProcessInvalid
    }
}
