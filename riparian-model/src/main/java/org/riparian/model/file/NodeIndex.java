package org.riparian.model.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.riparian.model.DidYouMean;
import org.riparian.model.network.Ids;
import org.riparian.model.network.Node;

/**
 * The node ids of the file, for checking the names hydrologies and scenarios use. A node that failed to read still
 * counts as known (its own problem is reported) but its kind is not judged.
 */
final class NodeIndex {

    private final Map<String, Optional<Node>> byId = new LinkedHashMap<>();
    private final Set<String> countries = new TreeSet<>();

    NodeIndex(List<Read<Node>> nodes) {
        for (Read<Node> node : nodes) {
            node.at().optional("id").flatMap(Field::scalarText).filter(Ids::isValid)
                    .ifPresent(id -> byId.putIfAbsent(id, node.value()));
            node.at().optional("country").flatMap(Field::scalarText).ifPresent(countries::add);
        }
    }

    /** The countries the nodes name, in order, whether or not their nodes read whole. */
    Set<String> countries() {
        return Collections.unmodifiableSet(countries);
    }

    boolean isPlaceholder(String id) {
        return byId.containsKey(id) && byId.get(id).isEmpty();
    }

    /** Whether {@code id} names a node that fits; otherwise reports at {@code at}, with a spelling hint. */
    boolean check(Field at, String id, Predicate<Node> fits, String expected) {
        if (!byId.containsKey(id)) {
            at.problem("unknown node '" + id + "'" + DidYouMean.hint(id, byId.keySet()) + ", expected " + expected);
            return false;
        }
        Optional<Node> node = byId.get(id);
        if (node.isPresent() && !fits.test(node.get())) {
            at.problem("'" + id + "' is " + article(node.get().kind()) + " node, expected " + expected);
            return false;
        }
        return true;
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
