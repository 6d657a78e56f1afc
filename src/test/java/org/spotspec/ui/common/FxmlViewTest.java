package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * {@link FxmlView} is the one list of view paths, though the main view names its parts in
 * {@code fx:include}: every include must be one of the enum's views, and every view but sign-in
 * and the main view itself included, so the view a test mounts alone is the one the window shows.
 */
class FxmlViewTest {
    private static final String FXML_NS = "http://javafx.com/fxml/1";

    @Test
    void everyViewExists() {
        assertThat(Arrays.stream(FxmlView.values()).filter(v -> url(v) == null)).as("views without a file").isEmpty();
    }

    @Test
    void theMainViewIncludesExactlyTheOtherViewsByTheirEnumPaths() throws Exception {
        var main = url(FxmlView.MAIN);
        var included = new ArrayList<URI>();
        for (var source : includes(main)) {
            // As FXMLLoader resolves an include: relative to the including file.
            included.add(new URL(main, source).toURI().normalize());
        }
        // The watch panel is the Events view's own part: included there, not by the main view. The
        // sign-in view's parts are loaded by the sign-in view when first shown.
        var parts = EnumSet.complementOf(EnumSet.of(FxmlView.SIGN_IN, FxmlView.MAIN, FxmlView.WATCH_PANEL,
                FxmlView.SIGN_IN_KEYS, FxmlView.SIGN_IN_MFA, FxmlView.SIGN_IN_ROLE_FIELDS, FxmlView.SIGN_IN_ADVANCED));
        var expected = new ArrayList<URI>();
        for (var view : parts) {
            expected.add(url(view).toURI().normalize());
        }
        assertThat(included).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static URL url(FxmlView view) {
        return FxmlView.class.getResource("/org/spotspec/ui/" + view.path());
    }

    private static List<String> includes(URL fxml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (var in = fxml.openStream()) {
            var nodes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(FXML_NS, "include");
            var sources = new ArrayList<String>();
            for (int i = 0; i < nodes.getLength(); i++) {
                sources.add(((Element) nodes.item(i)).getAttribute("source"));
            }
            return sources;
        }
    }
}
