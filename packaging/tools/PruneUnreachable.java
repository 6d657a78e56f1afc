import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Second step of shrinking the SDK's EC2 jar (after packaging/shrink-ec2.pro): removes the classes
 * under a package that nothing reachable from the app refers to.
 *
 * <p>ProGuard keeps every class that implements an interface method the SDK calls (every model
 * class has {@code sdkFields()}, so about 5,000 of them), whether or not anything creates it.
 * Here a class is kept only if a kept class refers to it in code, a signature, a field, or a
 * method handle (javap's view), starting from the classes the app's own jar refers to. The
 * constant pool and the InnerClasses table are not followed: after ProGuard they still list
 * the builders of every operation the client interfaces once had.
 *
 * <p>usage: java PruneUnreachable.java &lt;jar&gt; &lt;package/prefix/&gt; &lt;app.jar&gt;
 * (the jar is rewritten in place).
 */
public final class PruneUnreachable {
    private static final ToolProvider JAVAP = ToolProvider.findFirst("javap").orElseThrow();

    public static void main(String[] args) throws IOException {
        var jar = Path.of(args[0]);
        var prefix = args[1];
        var app = Path.of(args[2]);
        // Class names as javap writes them: a/b/C in code (then ".member"), a.b.C in declarations.
        var names = Pattern.compile(Pattern.quote(prefix) + "[\\w/$]+|"
                + Pattern.quote(prefix.replace('/', '.')) + "[\\w.$]+");
        var graph = references(jar, prefix, names);
        var roots = new HashSet<String>();
        references(app, "", names).values().forEach(roots::addAll);
        var kept = reachable(graph, roots);
        int removed = rewrite(jar, prefix, kept);
        System.out.printf("PruneUnreachable: %s: kept %d classes under %s, removed %d%n",
                jar.getFileName(), kept.size(), prefix, removed);
    }

    /** For each class in the jar under the prefix ("" = all), the names under the package it refers to. */
    private static Map<String, Set<String>> references(Path jar, String prefix, Pattern names) throws IOException {
        var graph = new HashMap<String, Set<String>>();
        try (var zip = new ZipFile(jar.toFile())) {
            var classes = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.startsWith(prefix) && !n.contains("META-INF"))
                    .toList();
            for (int i = 0; i < classes.size(); i += 200) {
                var batch = classes.subList(i, Math.min(classes.size(), i + 200));
                graph.putAll(javap(jar, batch, names));
            }
        }
        return graph;
    }

    /** javap -v -p -c on a batch, split per class; skips each class's constant pool and InnerClasses. */
    private static Map<String, Set<String>> javap(Path jar, List<String> entries, Pattern names) {
        var args = new java.util.ArrayList<>(List.of("-v", "-p", "-c", "-cp", jar.toString()));
        entries.forEach(e -> args.add(e.substring(0, e.length() - ".class".length())));
        var out = new StringWriter();
        int rc = JAVAP.run(new PrintWriter(out), new PrintWriter(System.err), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("javap failed: " + rc);
        }
        var graph = new HashMap<String, Set<String>>();
        Set<String> current = null;
        boolean skipping = false;
        int index = 0;
        for (var line : out.toString().split("\n")) {
            if (line.startsWith("Classfile ")) {
                current = new HashSet<>();
                graph.put(entries.get(index++).replace(".class", ""), current);
                skipping = false;
                continue;
            }
            if (line.startsWith("Constant pool:") || line.startsWith("InnerClasses:")) {
                skipping = true;
                continue;
            }
            if (skipping && (line.startsWith("{") || (!line.startsWith(" ") && !line.isEmpty()))) {
                skipping = false;
            }
            if (!skipping && current != null) {
                var m = names.matcher(line);
                while (m.find()) {
                    current.add(m.group().replace('.', '/'));
                }
            }
        }
        return graph;
    }

    private static Set<String> reachable(Map<String, Set<String>> graph, Set<String> roots) {
        var kept = new HashSet<String>();
        var queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            var name = classIn(graph, queue.poll());
            if (name == null || !kept.add(name)) {
                continue;
            }
            queue.addAll(graph.get(name));
            // A nested class's outer class: reflection (getSimpleName, enclosing class) may ask for it.
            int dollar = name.lastIndexOf('$');
            if (dollar > 0) {
                queue.add(name.substring(0, dollar));
            }
        }
        return kept;
    }

    /** The class a reference names: "a/b/C/member" (a member after the class) resolves to a/b/C. */
    private static String classIn(Map<String, Set<String>> graph, String reference) {
        var name = reference;
        while (!graph.containsKey(name)) {
            int slash = name.lastIndexOf('/');
            if (slash < 0) {
                return null;
            }
            name = name.substring(0, slash);
        }
        return name;
    }

    private static int rewrite(Path jar, String prefix, Set<String> kept) throws IOException {
        var tmp = Files.createTempFile(jar.getParent(), "prune", ".jar");
        int removed = 0;
        try (var zip = new ZipFile(jar.toFile()); var out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                var name = entry.getName();
                if (name.endsWith(".class") && name.startsWith(prefix)
                        && !kept.contains(name.substring(0, name.length() - 6))) {
                    removed++;
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (var in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        tmp.toFile().setReadable(true, false);  // a temporary file is private to its owner
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return removed;
    }
}
