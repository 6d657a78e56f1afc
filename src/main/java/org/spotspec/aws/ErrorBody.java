package org.spotspec.aws;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * An AWS error read from the raw body of an answer, for the answers the SDK's own parser finds
 * no error code in: the SDK's STS client reads only {@code ErrorResponse/Error} and its EC2
 * client only {@code .../Errors/Error}, while STS behind some gateways, emulators and proxies
 * answer {@code ErrorResponse/Errors/Error} or JSON (often with {@code Content-Type: text/html}).
 * The AWS CLI reports the code from such answers, and so does SpotSpec.
 *
 * <p>Shapes read: {@code ErrorResponse/Error}, {@code ErrorResponse/Errors/Error},
 * {@code Response/Errors/Error} (with {@code RequestId} or {@code RequestID} beside it), and
 * JSON {@code __type} or {@code code} with {@code message}. Nothing else is taken from the body:
 * a web page stays a web page.
 *
 * @param code      AWS's error code, e.g. {@code InvalidClientTokenId}
 * @param message   AWS's message as sent (scrub it before showing it); may be empty
 * @param requestId the request id in the body; may be empty
 */
public record ErrorBody(String code, String message, String requestId) {
    /** Bodies longer than this are not AWS errors (which are a few hundred bytes). */
    static final int MAX_LENGTH = 64 * 1024;
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,99}");
    private static final Pattern JSON_TYPE = Pattern.compile("\"(?:__type|code|Code)\"\\s*:\\s*\"([^\"]{1,200})\"");
    private static final Pattern JSON_MESSAGE = Pattern.compile("\"(?:message|Message)\"\\s*:\\s*\"((?:\\\\.|[^\"\\\\]){0,2000})\"");
    private static final List<String> ROOTS = List.of("ErrorResponse", "Response");

    /** The error in {@code body}, when it holds one of the shapes above with a code. */
    public static Optional<ErrorBody> parse(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var text = body.strip();
        return text.startsWith("{") ? json(text) : xml(text);
    }

    private static Optional<ErrorBody> json(String text) {
        var type = JSON_TYPE.matcher(text);
        if (!type.find()) {
            return Optional.empty();
        }
        // "com.amazon.coral.service#ExpiredTokenException" or "ExpiredTokenException:http://..."
        var code = type.group(1);
        code = code.substring(code.lastIndexOf('#') + 1);
        code = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        var message = JSON_MESSAGE.matcher(text);
        return of(code, message.find() ? message.group(1).replace("\\\"", "\"") : "", "");
    }

    private static Optional<ErrorBody> xml(String text) {
        var path = new ArrayDeque<String>();
        String code = "";
        String message = "";
        String requestId = "";
        try {
            var reader = factory().createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.isEmpty() && !ROOTS.contains(reader.getLocalName())) {
                            return Optional.empty();
                        }
                        path.addLast(reader.getLocalName());
                        var where = String.join("/", path);
                        String value = null;
                        if (isErrorField(where, "Code") || isErrorField(where, "Message")
                                || where.endsWith("/RequestId") || where.endsWith("/RequestID")) {
                            value = reader.getElementText().strip();
                            path.removeLast();
                        }
                        if (value != null && isErrorField(where, "Code") && code.isEmpty()) {
                            code = value;
                        } else if (value != null && isErrorField(where, "Message") && message.isEmpty()) {
                            message = value;
                        } else if (value != null && path.size() == 1 && requestId.isEmpty()) {
                            requestId = value;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> path.pollLast();
                    default -> { }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // A broken document: keep what was read before the break.
        }
        return of(code, message, requestId);
    }

    /** {@code ErrorResponse/Error/Code}, {@code ErrorResponse/Errors/Error/Code}, {@code Response/Errors/Error/Code}. */
    private static boolean isErrorField(String where, String field) {
        return where.equals("ErrorResponse/Error/" + field) || where.equals("ErrorResponse/Errors/Error/" + field)
                || where.equals("Response/Errors/Error/" + field);
    }

    private static Optional<ErrorBody> of(String code, String message, String requestId) {
        return CODE.matcher(code).matches() ? Optional.of(new ErrorBody(code, message, requestId)) : Optional.empty();
    }

    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        // Text from the network: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
