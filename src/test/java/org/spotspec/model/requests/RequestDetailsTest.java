package org.spotspec.model.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.requests.SpotRequest;

/** The details pane says what its date is, not a bare "(2015-01-01 00:00:00)". */
class RequestDetailsTest {
    private static SpotRequest request(String message, Instant updated) {
        return new SpotRequest("sir-1a2b3c4d", "open", "pending-evaluation", message, updated, "one-time",
                "t3.micro", "", "", "", null, null, "terminate", "", "", "us-east-1");
    }

    @Test
    void theStatusDateIsLabelled() {
        var text = RequestDetails.awsMessage(request("Your Spot request has been submitted for review.",
                Instant.parse("2015-01-01T00:00:00Z")), ZoneOffset.UTC);

        assertThat(text).startsWith("AWS says: Your Spot request has been submitted for review.")
                .contains("Status last updated 2015-01-01 00:00:00")
                .doesNotContain("(2015-01-01 00:00:00)");
    }

    @Test
    void aDateWithoutMessageIsLabelledToo() {
        assertThat(RequestDetails.awsMessage(request("", Instant.parse("2015-01-01T00:00:00Z")), ZoneOffset.UTC))
                .startsWith("Status last updated 2015-01-01 00:00:00");
        assertThat(RequestDetails.awsMessage(request("", null), ZoneOffset.UTC)).isEmpty();
    }

    private static SpotRequest cancelled(String statusCode) {
        return new SpotRequest("sir-1a2b3c4d", "cancelled", statusCode, "", null, "one-time", "t3.micro", "", "",
                "i-0aaa1111bbbb22223", null, null, "terminate", "", "", "us-east-1");
    }

    @Test
    void aCancelledRequestWarnsThatItsInstanceRunsOnlyWhileItMayStillRun() {
        assertThat(RequestDetails.explanation(cancelled("request-canceled-and-instance-running")))
                .contains("Cancelling a request never terminates its instance: check i-0aaa1111bbbb22223");
        assertThat(RequestDetails.explanation(cancelled("instance-terminated-by-user")))
                .as("terminated already, as after SpotSpec's cancel + terminate").doesNotContain("never terminates");
    }
}
