package org.spotspec.aws.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE;
import static com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK;
import static com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.spotspec.aws.ClientSettings;
import org.spotspec.testing.AwsStub;

/**
 * What can go wrong between SpotSpec and AWS, staged with WireMock in front of a call's good
 * answer (which stays stubbed at a lower priority, so a fault that passes leaves the real answer).
 *
 * <p>{@code code} is the error code the user must be shown; empty when the call must succeed.
 * {@code sends} is how many requests reach the endpoint: the SDK retries I/O faults, 5xx and
 * attempt timeouts up to {@link #SETTINGS}' attempts, and never an answer that arrived but could
 * not be read (AWS may have acted on it; retrying would not be safe to assume for every call).
 */
enum Fault {
    RESET("connection reset", "ConnectionReset", 3),
    RESET_ONCE("reset once, then the answer", "", 2),
    EMPTY("empty reply", "EmptyAnswer", 3),
    NOT_HTTP("random bytes, not HTTP", "NotHttp", 3),
    EMPTY_200("HTTP 200 with an empty body", "EmptyAnswer", 1),
    MALFORMED_XML("malformed XML (HTTP 200)", "MalformedAnswer", 1),
    TRUNCATED("truncated body (HTTP 200)", "TruncatedAnswer", 1),
    BROKEN_CHUNK("broken chunked body", "TruncatedAnswer", 1),
    BURST_503("two 503s, then the answer", "", 3),
    UNAVAILABLE("503 on every attempt", "", 3),
    SLOW("answer slower than the timeout", "Timeout", 2),
    UNPARSED_ERROR("item 1's error body (403, text/html)", "InvalidClientTokenId", 1);

    /** Patient enough for a busy machine; three attempts, so a burst of two 503s is survived. */
    static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(8), 3);
    /** For {@link #SLOW}: each attempt gives up after 0.2 s; two attempts, so the case takes ~0.5 s. */
    static final ClientSettings IMPATIENT = new ClientSettings(Duration.ofSeconds(1), Duration.ofMillis(200),
            Duration.ofSeconds(8), 2);
    static final String UNPARSED_BODY = "<?xml version=\"1.0\" encoding=\"utf-8\"?><ErrorResponse><Errors><Error>"
            + "<Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid."
            + "</Message><Type>Sender</Type></Error></Errors></ErrorResponse>";
    private static final int DELAY_MILLIS = 1_000;

    final String label;
    final String code;
    final int sends;

    Fault(String label, String code, int sends) {
        this.label = label;
        this.code = code;
        this.sends = sends;
    }

    ClientSettings settings() {
        return this == SLOW ? IMPATIENT : SETTINGS;
    }

    /** The code the user sees; for 503s the service's own ({@code ServiceUnavailable}, {@code Unavailable}). */
    String expectedCode(FaultCall call) {
        return this == UNAVAILABLE ? (call.sts ? "ServiceUnavailable" : "Unavailable") : code;
    }

    boolean succeeds() {
        return this == RESET_ONCE || this == BURST_503;
    }

    /** Stages this fault for {@code call}; its good answer is already stubbed at the default priority. */
    void stage(WireMockServer server, FaultCall call) {
        var body = call.successBody();
        switch (this) {
            case RESET -> always(server, call, aResponse().withFault(CONNECTION_RESET_BY_PEER));
            case RESET_ONCE -> first(server, call, 1, aResponse().withFault(CONNECTION_RESET_BY_PEER));
            case EMPTY -> always(server, call, aResponse().withFault(EMPTY_RESPONSE));
            case NOT_HTTP -> always(server, call, aResponse().withFault(RANDOM_DATA_THEN_CLOSE));
            case EMPTY_200 -> always(server, call, xml(200, ""));
            case MALFORMED_XML -> always(server, call, xml(200, body.replaceFirst("<requestId>|<RequestId>",
                    "<broken>$0")));
            // Cut after a whole tag, half-way: a mid-tag cut reads as malformed XML (the table's row above).
            case TRUNCATED -> always(server, call, xml(200, body.substring(0, body.indexOf('>', body.length() / 2) + 1)));
            case BROKEN_CHUNK -> always(server, call, aResponse().withFault(MALFORMED_RESPONSE_CHUNK));
            case BURST_503 -> first(server, call, 2, xml(503, call.unavailableBody()));
            case UNAVAILABLE -> always(server, call, xml(503, call.unavailableBody()));
            case SLOW -> always(server, call, xml(200, body).withFixedDelay(DELAY_MILLIS));
            case UNPARSED_ERROR -> always(server, call, aResponse().withStatus(403)
                    .withHeader("Content-Type", "text/html").withBody(UNPARSED_BODY));
        }
    }

    private static void always(WireMockServer server, FaultCall call, ResponseDefinitionBuilder answer) {
        server.stubFor(AwsStub.action(call.action).atPriority(1).willReturn(answer));
    }

    /** The first {@code times} calls get {@code answer}; later ones fall through to the good answer. */
    private static void first(WireMockServer server, FaultCall call, int times, ResponseDefinitionBuilder answer) {
        var scenario = "fault-" + call.action;
        for (int i = 0; i < times; i++) {
            server.stubFor(AwsStub.action(call.action).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after-" + i)
                    .willReturn(answer).willSetStateTo("after-" + (i + 1)));
        }
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
