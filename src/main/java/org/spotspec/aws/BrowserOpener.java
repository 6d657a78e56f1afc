package org.spotspec.aws;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a web page in the user's browser without java.desktop: {@code xdg-open} (Linux and other
 * Unix), {@code open} (macOS), {@code rundll32 url.dll,FileProtocolHandler} (Windows). The URL is
 * one argument of a program run directly, never a shell's text; only http(s) URLs are opened.
 */
public final class BrowserOpener {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserOpener.class);

    private BrowserOpener() {
    }

    /** The command that opens {@code url} on {@code osName}; empty for a URL that is not http(s). */
    static Optional<List<String>> command(String osName, String url) {
        var lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.chars().anyMatch(c -> c < 0x21)) {
            return Optional.empty();
        }
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", url));
        }
        if (os.contains("mac")) {
            return Optional.of(List.of("open", url));
        }
        return Optional.of(List.of("xdg-open", url));
    }

    /** Tries to open {@code url}; false when it could not (the user still has the URL on screen). */
    public static boolean open(String url) {
        var command = command(System.getProperty("os.name", ""), url);
        if (command.isEmpty()) {
            return false;
        }
        try {
            new ProcessBuilder(command.get()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            LOG.info("Could not open a browser ({}): {}", command.get().get(0), e.getClass().getSimpleName());
            return false;
        }
    }
}
