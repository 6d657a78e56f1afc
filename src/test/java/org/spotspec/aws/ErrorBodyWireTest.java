package org.spotspec.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;
import org.spotspec.testing.WireSession;

/**
 * AWS errors in shapes the SDK's parsers find no code in, over the wire: STS's client misses
 * {@code Errors}-wrapped and JSON errors, EC2's misses STS's {@code ErrorResponse/Error} and JSON.
 * Each is explained by its code, as the AWS CLI does, with the request id when there is one, and
 * logged with its code; never called "not an AWS response".
 */
class ErrorBodyWireTest {
    private static final String MESSAGE = "The security token included in the request is invalid.";

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path home;

    static Stream<Arguments> shapes() {
        var wrapped = ErrorBodyTest.WRAPPED;
        var sts = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>" + MESSAGE
                + "</Message></Error><RequestId>4c0c5a4e-sts-example</RequestId></ErrorResponse>";
        var ec2 = "<Response><Errors><Error><Code>InvalidClientTokenId</Code><Message>" + MESSAGE + "</Message>"
                + "</Error></Errors><RequestID>4c0c5a4e-ec2-example</RequestID></Response>";
        var json = "{\"__type\":\"com.amazon.coral.service#InvalidClientTokenId\",\"message\":\"" + MESSAGE + "\"}";
        return Stream.of(
                Arguments.of("GetCallerIdentity", wrapped, ""),
                Arguments.of("GetCallerIdentity", ec2, "4c0c5a4e-ec2-example"),
                Arguments.of("GetCallerIdentity", json, ""),
                Arguments.of("DescribeInstances", sts, "4c0c5a4e-sts-example"),
                Arguments.of("DescribeInstances", json, ""),
                Arguments.of("DescribeInstances", wrapped, ""));
    }

    @ParameterizedTest(name = "{0} answering {1}")
    @MethodSource("shapes")
    void theCodeIsReadFromTheBodyAndExplained(String action, String body, String requestId) {
        var journal = new ArrayList<AwsCallRecord>();
        try (var clients = new AwsClientFactory(TestAws.fastSettings(), journal::add, java.time.Clock.systemUTC());
             var session = wire.aws().signIn(clients, home)) {
            journal.clear();
            wire.aws().server().stubFor(AwsStub.action(action).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "text/html").withBody(body)));

            var failure = catchThrowable(() -> call(action, session));

            var problem = ErrorTranslator.translate("Sign in", failure);
            assertThat(problem.code()).isEqualTo("InvalidClientTokenId");
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);
            assertThat(problem.meaning()).contains("access key id").doesNotContain("not an AWS response");
            assertThat(problem.awsMessage()).isEqualTo(MESSAGE);
            assertThat(problem.requestId()).isEqualTo(requestId);
            assertThat(problem.httpStatus()).isEqualTo(403);
            assertThat(problem.details()).doesNotContain(TestAws.SECRET, "<Error>");
            assertThat(journal).singleElement().extracting(AwsCallRecord::errorCode).isEqualTo("InvalidClientTokenId");
        }
    }

    private static List<?> call(String action, AwsSession session) {
        return action.equals("GetCallerIdentity") ? List.of(session.sts().getCallerIdentity())
                : new InstanceService().describe(session);
    }
}
