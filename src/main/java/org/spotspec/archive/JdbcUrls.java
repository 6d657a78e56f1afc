package org.spotspec.archive;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown or logged: without any password in them. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?]*?):[^/@?]*@");

    private JdbcUrls() {
    }

    /** {@code url} with the value of a password parameter and of a {@code user:password@} part replaced by ***. */
    public static String withoutPassword(String url) {
        var noParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(noParameter).replaceAll("$1:***@");
    }
}
