package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The FXML views, the resource bundle and the controllers agree: every {@code %key} exists,
 * every key is used, every controller class exists and has a field for each {@code fx:id} and a
 * method for each {@code #handler}. Reads the FXML as XML, so no JavaFX toolkit is needed.
 */
class MessagesConsistencyTest {
    private static final String FX_NS = "http://javafx.com/fxml/1";

    /**
     * fx:ids that deliberately have no controller field. FXMLLoader only needs a field for ids
     * the controller touches; these name controls (buttons, menu items, tabs, view roots) so
     * that TestFX can find them with {@code lookup("#id")} and CSS can address them. A new id
     * without a field must be added here with its reason, or given a field.
     */
    private static final Map<String, Set<String>> IDS_WITHOUT_FIELD = Map.of(
            "account/account.fxml", Set.of("refreshButton", "switchButton", "signOutButton", "offlineSignInButton"),
            "log/log.fxml", Set.of("logRoot", "copyButton", "clearButton", "split"),
            "main/main.fxml", Set.of("menuBar", "accountMenu", "policyItem", "aboutItem", "bannerClose",
                    "accountTab", "logTab", "archiveTab"),
            "main/status-bar.fxml", Set.of("statusBar"),
            "prices/prices.fxml", Set.of("pricesRoot", "resetZoomButton"),
            "requests/requests.fxml", Set.of("requestsRoot"),
            "instances/instances.fxml", Set.of("instancesRoot"),
            "launch/launch.fxml", Set.of("refreshButton"),
            "archive/archive.fxml", Set.of());

    private static Path uiFolder;
    private static Map<String, Fxml> views;
    private static ResourceBundle bundle;

    /** What one FXML file declares, keyed by its path relative to the ui folder. */
    private record Fxml(String path, String controller, List<String> ids, List<String> keys,
                        List<String> handlers) {
    }

    @BeforeAll
    static void readViews() throws URISyntaxException, IOException {
        // Locate the folder through a file only main resources hold: test-classes also has an
        // org/spotspec/ui folder and comes first on the test classpath.
        var messages = MessagesConsistencyTest.class.getResource("/org/spotspec/ui/messages.properties");
        assertThat(messages).as("messages.properties on the classpath").isNotNull();
        uiFolder = Path.of(messages.toURI()).getParent();
        bundle = ResourceBundle.getBundle("org.spotspec.ui.messages");
        var found = new TreeMap<String, Fxml>();
        try (Stream<Path> files = Files.walk(uiFolder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".fxml")).collect(Collectors.toList())) {
                var relative = uiFolder.relativize(file).toString().replace('\\', '/');
                found.put(relative, parse(relative, file));
            }
        }
        views = Collections.unmodifiableMap(found);
    }

    @Test
    void findsTheViews() {
        // Guards the other tests against passing vacuously because the walk found nothing.
        assertThat(views).containsKeys("signin/signin.fxml", "main/main.fxml");
    }

    @Test
    void everyKeyUsedInFxmlExistsInTheBundle() {
        var missing = new TreeSet<String>();
        views.values().forEach(v -> v.keys().stream().filter(k -> !bundle.containsKey(k))
                .forEach(k -> missing.add(v.path() + ": %" + k)));
        assertThat(missing).as("keys used in FXML but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsedBySomeFxml() {
        var used = views.values().stream().flatMap(v -> v.keys().stream()).collect(Collectors.toSet());
        var unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that no FXML uses: %s", unused).isEmpty();
    }

    @Test
    void everyControllerClassExists() {
        var missing = new TreeSet<String>();
        for (var view : views.values()) {
            if (view.controller() != null && controllerClass(view) == null) {
                missing.add(view.path() + " -> " + view.controller());
            }
        }
        assertThat(missing).as("fx:controller classes that do not exist").isEmpty();
    }

    @Test
    void everyFxIdHasAnFxmlFieldInItsController() {
        var problems = new ArrayList<String>();
        for (var view : views.values()) {
            var type = controllerClass(view);
            if (type == null) {
                continue;  // reported by everyControllerClassExists
            }
            var allowed = IDS_WITHOUT_FIELD.getOrDefault(view.path(), Set.of());
            for (var id : view.ids()) {
                var field = field(type, id);
                if (field == null && !allowed.contains(id)) {
                    problems.add(view.path() + ": fx:id \"" + id + "\" has no field in " + type.getSimpleName());
                } else if (field != null && !field.isAnnotationPresent(FXML.class)
                        && !java.lang.reflect.Modifier.isPublic(field.getModifiers())) {
                    // FXMLLoader injects only @FXML or public fields; anything else stays null.
                    problems.add(view.path() + ": field " + id + " in " + type.getSimpleName() + " lacks @FXML");
                }
            }
        }
        assertThat(problems).as("fx:ids the controller cannot receive").isEmpty();
    }

    @Test
    void everyEventHandlerIsAMethodOfItsController() {
        var missing = new ArrayList<String>();
        for (var view : views.values()) {
            var type = controllerClass(view);
            if (type == null) {
                continue;
            }
            for (var handler : view.handlers()) {
                if (method(type, handler) == null) {
                    missing.add(view.path() + ": #" + handler + " not in " + type.getSimpleName());
                }
            }
        }
        assertThat(missing).as("event handlers that FXMLLoader would fail to find").isEmpty();
    }

    // --- reading the FXML ---

    private static Fxml parse(String relative, Path file) {
        var ids = new ArrayList<String>();
        var keys = new ArrayList<String>();
        var handlers = new ArrayList<String>();
        Element root = read(file).getDocumentElement();
        collect(root, ids, keys, handlers);
        var controller = root.getAttributeNS(FX_NS, "controller");
        return new Fxml(relative, controller.isEmpty() ? null : controller, ids, keys, handlers);
    }

    private static Document read(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot parse " + file, e);
        }
    }

    private static void collect(Element element, List<String> ids, List<String> keys, List<String> handlers) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attr = (Attr) attributes.item(i);
            var value = attr.getValue();
            if (FX_NS.equals(attr.getNamespaceURI()) && "id".equals(attr.getLocalName())) {
                ids.add(value);
            } else if (isKey(value)) {
                keys.add(value.substring(1));
            } else if (attr.getLocalName().startsWith("on") && value.startsWith("#")) {
                handlers.add(value.substring(1));
            }
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) child, ids, keys, handlers);
            } else if (child.getNodeType() == Node.TEXT_NODE && isKey(child.getNodeValue().trim())) {
                // Property elements such as <text>%key</text> resolve keys too.
                keys.add(child.getNodeValue().trim().substring(1));
            }
        }
    }

    /** {@code %key} is a bundle lookup; {@code %%} escapes a literal percent sign. */
    private static boolean isKey(String value) {
        return value.length() > 1 && value.startsWith("%") && !value.startsWith("%%");
    }

    // --- looking into the controllers, without initialising them ---

    private static Class<?> controllerClass(Fxml view) {
        try {
            return Class.forName(view.controller(), false, MessagesConsistencyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Field field(Class<?> type, String name) {
        for (var c = type; c != null; c = c.getSuperclass()) {
            var match = Arrays.stream(c.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        return null;
    }

    private static Method method(Class<?> type, String name) {
        for (var c = type; c != null; c = c.getSuperclass()) {
            var match = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        return null;
    }
}
