package org.spotspec.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * EC2 answers for the Requests and Instances tabs, filled into the XML templates under
 * {@code src/test/resources/org/spotspec/aws/} (shaped as EC2's Query API sends them).
 */
public final class Ec2Fixtures {
    private Ec2Fixtures() {
    }

    /** A one-time m5.large request in eu-west-1a; {@code instanceId} may be empty. */
    public static String spotRequest(String id, String state, String code, String instanceId) {
        return spotRequest(id, state, code, "one-time", instanceId);
    }

    public static String spotRequest(String id, String state, String code, String type, String instanceId) {
        return spotRequest(id, state, code, type, instanceId, "2026-11-27T06:5" + Math.abs(id.hashCode() % 10) + ":00.000Z");
    }

    /** @param created EC2's time format, e.g. {@code 2026-11-27T06:50:00.000Z} */
    public static String spotRequest(String id, String state, String code, String type, String instanceId,
                                     String created) {
        return AwsStub.fill(AwsStub.read("ec2-spot-request-item.xml"), Map.ofEntries(Map.entry("id", id),
                Map.entry("price", "0.050000"), Map.entry("type", type), Map.entry("state", state),
                Map.entry("code", code), Map.entry("message", message(code)), Map.entry("instanceType", "m5.large"),
                Map.entry("zone", "eu-west-1a"), Map.entry("created", created),
                Map.entry("name", "job-" + id), Map.entry("instance", instanceId.isEmpty() ? ""
                        : "<instanceId>" + instanceId + "</instanceId>"),
                Map.entry("launchedZone", instanceId.isEmpty() ? ""
                        : "<launchedAvailabilityZone>eu-west-1a</launchedAvailabilityZone>")));
    }

    public static String describeSpotRequests(String nextToken, String... items) {
        return AwsStub.fill(AwsStub.read("ec2-describe-spot-requests.xml"), Map.of("items", String.join("", items),
                "nextToken", nextToken == null ? "" : "<nextToken>" + nextToken + "</nextToken>"));
    }

    /** A running m5.large spot instance with public and private addresses. */
    public static String instance(String id, String state, String requestId) {
        var n = Math.abs(id.hashCode() % 200) + 10;
        return AwsStub.fill(AwsStub.read("ec2-instance-item.xml"), Map.ofEntries(Map.entry("id", id),
                Map.entry("stateCode", String.valueOf(AwsXml.instanceStateCode(state))), Map.entry("state", state),
                Map.entry("privateDns", "ip-10-0-1-" + n + ".eu-west-1.compute.internal"),
                Map.entry("publicDns", "ec2-54-74-1-" + n + ".eu-west-1.compute.amazonaws.com"),
                Map.entry("keyName", "alice-laptop"), Map.entry("type", "m5.large"),
                Map.entry("launched", "2026-11-27T07:0" + (n % 10) + ":00.000Z"), Map.entry("zone", "eu-west-1a"),
                Map.entry("privateIp", "10.0.1." + n),
                Map.entry("publicIp", "<ipAddress>54.74.1." + n + "</ipAddress>"),
                Map.entry("requestId", requestId), Map.entry("name", "worker-" + id)));
    }

    public static String describeInstances(String nextToken, String... items) {
        return AwsStub.fill(AwsStub.read("ec2-describe-instances.xml"), Map.of("items", String.join("", items),
                "nextToken", nextToken == null ? "" : "<nextToken>" + nextToken + "</nextToken>"));
    }

    /** CancelSpotInstanceRequests' answer: each id now cancelled. */
    public static String cancelled(String... ids) {
        var items = Arrays.stream(ids).map(id -> AwsXml.cancelledRequest(id, "cancelled"))
                .collect(Collectors.joining());
        return AwsStub.fill(AwsStub.read("ec2-cancel-spot-requests.xml"), Map.of("items", items));
    }

    /** TerminateInstances' answer: each id going from running to shutting-down. */
    public static String terminating(String... ids) {
        var items = Arrays.stream(ids).map(id -> AwsXml.stateChange(id, "shutting-down", "running"))
                .collect(Collectors.joining());
        return AwsStub.fill(AwsStub.read("ec2-terminate-instances.xml"), Map.of("items", items));
    }

    private static String message(String code) {
        return switch (code) {
            case "fulfilled" -> "Your spot request is fulfilled.";
            case "price-too-low" -> "Your Spot request price of 0.001 is lower than the minimum required Spot request "
                    + "fulfillment price of 0.0386.";
            case "capacity-not-available" -> "There is no capacity available that matches your request.";
            case "canceled-before-fulfillment" -> "Your spot request was canceled before it was fulfilled.";
            case "request-canceled-and-instance-running" -> "Spot Instance terminated due to user-initiated "
                    + "cancellation, but the instance is still running.";
            default -> "Your spot request is " + code + ".";
        };
    }
}
