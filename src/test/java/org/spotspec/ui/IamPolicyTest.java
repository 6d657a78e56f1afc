package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The policy the app shows (Help → IAM policy) and the one the README prints are the same, and it
 * allows every EC2 action the app's sources call.
 */
class IamPolicyTest {
    private static final Path RESOURCE = Path.of("src/main/resources/org/spotspec/ui/main/iam-policy.json");

    @Test
    void theReadmeShowsThePolicyTheAppShows() throws IOException {
        var readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        var section = readme.substring(readme.indexOf("## The IAM policy SpotSpec needs"));
        var block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(section);

        assertThat(block.find()).as("a json block in the policy section").isTrue();
        assertThat(block.group(1).strip()).isEqualTo(Files.readString(RESOURCE, StandardCharsets.UTF_8).strip());
    }

    @Test
    void itAllowsEveryEc2ActionTheAppCalls() throws IOException {
        var ec2Methods = Arrays.stream(Ec2Client.class.getMethods()).map(Method::getName)
                .filter(n -> !n.equals("serviceName") && !n.equals("close")).collect(Collectors.toSet());
        var calls = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var call = Pattern.compile("\\.(\\w+)\\(").matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (call.find()) {
                    if (ec2Methods.contains(call.group(1)) && call.group(1).matches("(describe|get|run|request|cancel"
                            + "|terminate|create|modify|delete|start|stop)[A-Z]\\w+")) {
                        calls.add(action(call.group(1)));
                    }
                }
            }
        }
        var policy = Files.readString(RESOURCE, StandardCharsets.UTF_8);

        assertThat(calls).as("EC2 actions found in the sources").contains("DescribeSpotPriceHistory");
        assertThat(calls).allSatisfy(action -> assertThat(policy).contains("\"ec2:" + action + "\""));
    }

    /** describeSpotPriceHistoryPaginator → DescribeSpotPriceHistory. */
    private static String action(String method) {
        var name = method.endsWith("Paginator") ? method.substring(0, method.length() - "Paginator".length()) : method;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
