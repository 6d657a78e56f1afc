package org.spotspec.cli;

import java.util.Map;

/**
 * The app's explanations point at its menus and fields ("Help → IAM policy", "the endpoint URL
 * under Advanced"); on a terminal those become the matching option or README section. Only
 * these pointers change: code, meaning and request id stay exactly the app's.
 */
final class Wording {
    private static final Map<String, String> POINTERS = Map.of(
            "Help → IAM policy lists what SpotSpec needs", "the README's \"IAM policy\" lists what SpotSpec needs",
            "(Help → IAM policy)", "(the README's \"IAM policy\")",
            "the endpoint URL under Advanced", "the endpoint URL (--endpoint-url, AWS_ENDPOINT_URL)",
            "the local endpoint under Advanced", "the local endpoint (--endpoint-url, AWS_ENDPOINT_URL)",
            "sign in with an MFA session", "use an MFA session (--mfa-serial, or mfa_serial in the profile)");

    private Wording() {
    }

    static String forTerminal(String text) {
        var result = text;
        for (var e : POINTERS.entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }
}
