package org.spotspec.settings;

import java.util.HashMap;
import java.util.Properties;

/** {@link SsoSettings} as properties: {@code sso.share}, and {@code sso.role.<profile> = <account> <role>}. */
final class SsoSettingsFormat {
    private static final String ROLE = "sso.role.";

    private SsoSettingsFormat() {
    }

    static SsoSettings read(Properties props) {
        var roles = new HashMap<String, String>();
        for (var key : props.stringPropertyNames()) {
            if (key.startsWith(ROLE)) {
                roles.put(key.substring(ROLE.length()), props.getProperty(key));
            }
        }
        return new SsoSettings(roles, Boolean.parseBoolean(props.getProperty("sso.share", "false").trim()));
    }

    static void write(SsoSettings sso, Properties props) {
        props.setProperty("sso.share", Boolean.toString(sso.share()));
        sso.roles().forEach((profile, role) -> props.setProperty(ROLE + profile, role));
    }
}
