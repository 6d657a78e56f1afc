package org.spotspec.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XML that STS and EC2 answer with, written once for the three fake endpoints: {@link AwsStub}
 * (per-test WireMock answers), {@code demo.LocalAws} (the stateful simulator) and
 * {@code bench.StubEc2} (the benchmark's server). Each keeps only what is its own; the shapes
 * the SDK parses (errors, response envelopes, spot price records, EC2's timestamps) live here,
 * so a fix to one of them reaches all three.
 *
 * <p>Compact on purpose: the SDK ignores white space, and the benchmark parses these pages by the
 * thousand. Fixed answers that tests read as files stay under {@code src/test/resources/.../aws/}.
 */
public final class AwsXml {
    public static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    public static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    public static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    /** The test account and user every fake endpoint signs in as. */
    public static final String ACCOUNT = "123456789012";
    public static final String ARN = "arn:aws:iam::123456789012:user/alice";
    public static final String USER_ID = "AIDACKCEVSQ6C2EXAMPLE";
    /** EC2's answer to a dry run that would have been allowed (HTTP 412). */
    public static final String DRY_RUN_CODE = "DryRunOperation";
    public static final String DRY_RUN_MESSAGE = "Request would have succeeded, but DryRun flag is set.";

    // EC2 writes milliseconds even though its times are whole seconds; STS writes plain ISO-8601.
    private static final DateTimeFormatter EC2_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AwsXml() {
    }

    /** Text made safe for an element's content or an attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A time as EC2 writes it: {@code 2026-11-27T06:50:00.000Z}. */
    public static String ec2Time(Instant instant) {
        return EC2_TIME.format(instant);
    }

    /** A whole answer: the XML declaration, then {@code root}. */
    public static String document(String root) {
        return PROLOG + root;
    }

    /** EC2's error answer (the Query protocol's {@code <Response><Errors>} shape). */
    public static String ec2Error(String code, String message, String requestId) {
        return "<Response><Errors><Error><Code>" + escape(code) + "</Code><Message>" + escape(message)
                + "</Message></Error></Errors><RequestID>" + escape(requestId) + "</RequestID></Response>";
    }

    /** STS's error answer, always of type Sender as STS sends for the caller's mistakes. */
    public static String stsError(String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + STS_NS + "\"><Error><Type>Sender</Type><Code>" + escape(code)
                + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + escape(requestId)
                + "</RequestId></ErrorResponse>";
    }

    /** EC2's answer to {@code action}: {@code body} after the request id, in the EC2 namespace. */
    public static String ec2Response(String action, String requestId, CharSequence body) {
        return "<" + action + "Response xmlns=\"" + EC2_NS + "\"><requestId>" + escape(requestId) + "</requestId>"
                + body + "</" + action + "Response>";
    }

    /** STS's answer to {@code action}: {@code result} in its {@code <ActionResult>}, then the request id. */
    public static String stsResponse(String action, String requestId, String result) {
        return "<" + action + "Response xmlns=\"" + STS_NS + "\"><" + action + "Result>" + result + "</" + action
                + "Result><ResponseMetadata><RequestId>" + escape(requestId) + "</RequestId></ResponseMetadata></"
                + action + "Response>";
    }

    /** The result of GetCallerIdentity for the test user ({@link #ARN} in {@link #ACCOUNT}). */
    public static String callerIdentityResult() {
        return "<Arn>" + ARN + "</Arn><UserId>" + USER_ID + "</UserId><Account>" + ACCOUNT + "</Account>";
    }

    /** EC2's code of an instance state: pending 0, running 16, ... stopped 80. */
    public static int instanceStateCode(String name) {
        return switch (name) {
            case "pending" -> 0;
            case "running" -> 16;
            case "shutting-down" -> 32;
            case "terminated" -> 48;
            case "stopping" -> 64;
            case "stopped" -> 80;
            default -> throw new IllegalArgumentException("not an EC2 instance state: " + name);
        };
    }

    /** An instance state as EC2 writes it: {@code <code>16</code><name>running</name>}. */
    public static String instanceState(String name) {
        return "<code>" + instanceStateCode(name) + "</code><name>" + name + "</name>";
    }

    /** One {@code <item>} of a TerminateInstances answer: the instance went from {@code previous} to {@code current}. */
    public static String stateChange(String instanceId, String current, String previous) {
        return "<item><instanceId>" + escape(instanceId) + "</instanceId><currentState>" + instanceState(current)
                + "</currentState><previousState>" + instanceState(previous) + "</previousState></item>";
    }

    /** One {@code <item>} of a CancelSpotInstanceRequests answer: the request and its state now. */
    public static String cancelledRequest(String requestId, String state) {
        return "<item><spotInstanceRequestId>" + escape(requestId) + "</spotInstanceRequestId><state>" + state
                + "</state></item>";
    }

    /** One {@code <item>} of a DescribeSpotPriceHistory answer. */
    public static String spotPriceItem(String zone, String type, String product, String price, Instant timestamp) {
        return appendSpotPriceItem(new StringBuilder(256), zone, type, product, price, timestamp).toString();
    }

    /** {@link #spotPriceItem} appended to {@code out}, for pages of a thousand records. */
    public static StringBuilder appendSpotPriceItem(StringBuilder out, String zone, String type, String product,
                                                    String price, Instant timestamp) {
        return out.append("<item><availabilityZone>").append(escape(zone))
                .append("</availabilityZone><instanceType>").append(escape(type))
                .append("</instanceType><productDescription>").append(escape(product))
                .append("</productDescription><spotPrice>").append(escape(price))
                .append("</spotPrice><timestamp>").append(ec2Time(timestamp)).append("</timestamp></item>");
    }

    /**
     * The body of a DescribeSpotPriceHistory answer (for {@link #ec2Response}): the records, then
     * {@code nextToken}, empty on the last page as EC2 sends it.
     */
    public static String spotPriceHistory(CharSequence items, String nextToken) {
        return "<spotPriceHistorySet>" + items + "</spotPriceHistorySet><nextToken>" + escape(nextToken)
                + "</nextToken>";
    }

    /** A whole DescribeSpotPriceHistory answer: {@link #spotPriceHistory} in its envelope. */
    public static String spotPricePage(String requestId, CharSequence items, String nextToken) {
        return document(ec2Response("DescribeSpotPriceHistory", requestId, spotPriceHistory(items, nextToken)));
    }
}
