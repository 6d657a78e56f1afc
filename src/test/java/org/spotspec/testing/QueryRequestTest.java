package org.spotspec.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** How the fake endpoints read a call: its form ({@link QueryForm}) and its signer ({@link CredentialScope}). */
class QueryRequestTest {
    @Test
    void decodesInOrderWithEncodedNamesAndValues() {
        assertThat(QueryForm.decode("Action=RunInstances&TagSpecification.1.Tag.1.Value=a%20b%26c&UserData=IyE%3D"))
                .containsExactly(entry("Action", "RunInstances"), entry("TagSpecification.1.Tag.1.Value", "a b&c"),
                        entry("UserData", "IyE="));
    }

    @Test
    void aNameWithoutValueIsEmptyAndNothingIsNothing() {
        assertThat(QueryForm.decode("DryRun&Version=")).containsExactly(entry("DryRun", ""), entry("Version", ""));
        assertThat(QueryForm.decode(null)).isEmpty();
        assertThat(QueryForm.decode("")).isEmpty();
    }

    @Test
    void aLaterParameterReplacesAnEarlierOne() {
        var form = new LinkedHashMap<String, String>();
        QueryForm.decodeInto("Action=DescribeImages&Owner.1=self", form);
        QueryForm.decodeInto("Owner.1=amazon", form);
        assertThat(form).containsExactly(entry("Action", "DescribeImages"), entry("Owner.1", "amazon"));
    }

    @Test
    void theCredentialScopeNamesKeyRegionAndService() {
        var header = "AWS4-HMAC-SHA256 Credential=AKIACANARYKEYID00001/20261126/eu-west-1/ec2/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=0123abcd";
        assertThat(CredentialScope.of(header))
                .contains(new CredentialScope("AKIACANARYKEYID00001", "eu-west-1", "ec2"));
        assertThat(CredentialScope.of(null)).isEmpty();
        assertThat(CredentialScope.of("Bearer token")).isEmpty();
    }

    private static java.util.Map.Entry<String, String> entry(String name, String value) {
        return java.util.Map.entry(name, value);
    }
}
