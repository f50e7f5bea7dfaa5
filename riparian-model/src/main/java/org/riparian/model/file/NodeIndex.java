package org.riparian.model.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    NodeIndex(List<Read<Node>> nodes) {
        for (Read<Node> node : nodes) {
            node.at().optional("id").flatMap(Field::scalarText).filter(Ids::isValid)
                    .ifPresent(id -> byId.putIfAbsent(id, node.value()));
        }
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
            at.problem("'" + id + "' is a " + node.get().kind() + " node, expected " + expected);
            return false;
        }
        return true;
    }
}
