package org.spotspec.archive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** JDBC URLs as they may be shown or logged: without any password in them. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?]*?):[^/@?]*@");

    /** A URL without its password parameter, and that password (URL-decoded), if it had one. */
    record Split(String url, Optional<String> password) {
    }

    private JdbcUrls() {
    }

    /** {@code url} with the value of a password parameter and of a {@code user:password@} part replaced by ***. */
    public static String withoutPassword(String url) {
        var noParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(noParameter).replaceAll("$1:***@");
    }

    /**
     * Takes a {@code password=} parameter out of a URL, so that it travels to the driver as a
     * property: pgjdbc logs the URL it connects with (at FINE), never the properties.
     */
    static Split splitPassword(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return new Split(url, Optional.empty());
        }
        var params = url.substring(q + 1).split("&");
        var password = Stream.of(params).filter(JdbcUrls::isPassword).reduce((a, b) -> b)
                .map(p -> URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8));
        var rest = Stream.of(params).filter(p -> !isPassword(p)).collect(Collectors.joining("&"));
        return new Split(url.substring(0, q) + (rest.isEmpty() ? "" : "?" + rest), password);
    }

    private static boolean isPassword(String parameter) {
        return parameter.regionMatches(true, 0, "password=", 0, 9);
    }
}
