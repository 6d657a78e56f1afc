package org.spotspec.model.instances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotspec.aws.instances.SpotInstance;

class SshCommandTest {
    private static SpotInstance instance(String publicIp, String privateIp, String publicDns, String key) {
        return new SpotInstance("i-0aaa1111bbbb22223", "running", "m5.large", "eu-west-1a", publicIp, privateIp,
                publicDns, "", null, "sir-1a2b3c4d", key, "", "", "eu-west-1");
    }

    @Test
    void prefersThePublicDnsNameThenThePublicIpThenThePrivateIp() {
        assertThat(SshCommand.of(instance("54.1.2.3", "10.0.0.5", "ec2-54-1-2-3.compute.amazonaws.com", "alice")))
                .contains("ssh -i ~/.ssh/alice.pem ec2-user@ec2-54-1-2-3.compute.amazonaws.com");
        assertThat(SshCommand.of(instance("54.1.2.3", "10.0.0.5", "", "alice")))
                .contains("ssh -i ~/.ssh/alice.pem ec2-user@54.1.2.3");
        assertThat(SshCommand.of(instance("", "10.0.0.5", "", "alice"))).contains("ssh -i ~/.ssh/alice.pem ec2-user@10.0.0.5");
    }

    @Test
    void withoutAKeyPairOrAddress() {
        assertThat(SshCommand.of(instance("54.1.2.3", "", "", ""))).contains("ssh ec2-user@54.1.2.3");
        assertThat(SshCommand.of(instance("", "", "", "alice"))).isEmpty();
    }
}
