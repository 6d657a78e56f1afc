package org.spotspec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package cycles of a dependency graph: its strongly connected components of more than one
 * package (Tarjan's algorithm), each sorted, for {@link ArchitectureTest}. A cycle makes the
 * packages in it one unit that can only be understood, tested and changed together.
 */
final class PackageCycles {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> cycles = new ArrayList<>();

    private PackageCycles(Map<String, Set<String>> graph) {
        this.graph = graph;
    }

    /** Each cycle as its packages in name order; the cycles in the order of their first package. */
    static List<List<String>> of(Map<String, Set<String>> graph) {
        var finder = new PackageCycles(graph);
        graph.keySet().stream().sorted().filter(p -> !finder.index.containsKey(p)).forEach(finder::visit);
        finder.cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return finder.cycles;
    }

    private void visit(String pkg) {
        index.put(pkg, index.size());
        lowLink.put(pkg, index.get(pkg));
        stack.push(pkg);
        onStack.add(pkg);
        for (var next : graph.getOrDefault(pkg, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next);
                lowLink.put(pkg, Math.min(lowLink.get(pkg), lowLink.get(next)));
            } else if (onStack.contains(next)) {
                lowLink.put(pkg, Math.min(lowLink.get(pkg), index.get(next)));
            }
        }
        if (lowLink.get(pkg).equals(index.get(pkg))) {
            var component = new ArrayList<String>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(pkg));
            if (component.size() > 1) {
                component.sort(null);
                cycles.add(component);
            }
        }
    }
}
