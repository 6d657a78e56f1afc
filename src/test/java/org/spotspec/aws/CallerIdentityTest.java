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
}
