package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a session is, in a word: the user, or the role assumed (not SpotSpec's session name). */
class CallerIdentityTest {
    @Test
    void aUserIsItsNameAndAnAssumedRoleItsRole() {
        assertThat(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ops/alice", "AIDA").shortName())
                .isEqualTo("alice");
        assertThat(new CallerIdentity("123456789012",
                "arn:aws:sts::123456789012:assumed-role/spot-admin/spotspec-alice", "AROA:spotspec-alice").shortName())
                .isEqualTo("spot-admin");
        assertThat(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:root", "123456789012").shortName())
                .isEqualTo("arn:aws:iam::123456789012:root");
    }

    @Test
    void anIamIdentityCenterRoleIsItsPermissionSet() {
        assertThat(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/"
                + "AWSReservedSSO_SpotAdmin_0123456789abcdef/alice@example.com", "AROA:alice").shortName())
                .isEqualTo("SpotAdmin");
        assertThat(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_x/alice",
                "AROA:alice").shortName()).isEqualTo("AWSReservedSSO_x");
    }
}
