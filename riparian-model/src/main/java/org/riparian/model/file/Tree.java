package org.riparian.model.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document in which every value remembers the line it started on, so that any problem found
 * later, however deep, can name its line. Mappings keep the file's key order and each key's own line.
 */
sealed interface Tree {

    int line();

    /** What a reader calls the value in a message ("a text", "a list", ...). */
    String describe();

    enum ScalarKind { TEXT, NUMBER, BOOLEAN, NULL }

    record Scalar(ScalarKind kind, String text, int line) implements Tree {
        @Override
        public String describe() {
            return kind == ScalarKind.NULL ? "empty" : "'" + text + "'";
        }
    }

    record Mapping(Map<String, Tree> entries, Map<String, Integer> keyLines, int line) implements Tree {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<Tree> items, int line) implements Tree {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
