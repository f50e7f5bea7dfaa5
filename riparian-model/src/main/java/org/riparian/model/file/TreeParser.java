package org.riparian.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds a {@link Tree} from Jackson's streaming parser, the same code for YAML and JSON, taking every value's line from
 * the token locations. Syntax errors and repeated keys become problems; nothing here throws past the reader.
 */
final class TreeParser {

    private final JsonParser parser;
    private final Problems problems;

    private TreeParser(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The document, or empty when it is malformed or empty (the problem is then reported). */
    static Optional<Tree> parse(InputStream in, boolean json, Problems problems) {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() == null) {
                problems.add(1, "", "the file is empty, expected a basin with 'basin:' and 'nodes:'");
                return Optional.empty();
            }
            return Optional.of(new TreeParser(parser, problems).value(""));
        } catch (JsonProcessingException e) {
            problems.add(syntaxLine(e), "", syntaxMessage(e, json));
        } catch (IOException e) {
            problems.add(1, "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Tree value(String path) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(line, path);
            case START_ARRAY -> sequence(line, path);
            case VALUE_STRING -> new Tree.Scalar(Tree.ScalarKind.TEXT, parser.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Tree.Scalar(Tree.ScalarKind.NUMBER, parser.getText(), line);
            case VALUE_TRUE, VALUE_FALSE -> new Tree.Scalar(Tree.ScalarKind.BOOLEAN, parser.getText(), line);
            default -> new Tree.Scalar(Tree.ScalarKind.NULL, "", line);
        };
    }

    private Tree mapping(int line, String path) throws IOException {
        Map<String, Tree> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Tree value = value(keyPath);
            if (entries.containsKey(key)) {
                problems.add(keyLine, keyPath, "key given twice (first on line " + keyLines.get(key) + "), expected each key once");
            } else {
                entries.put(key, value);
                keyLines.put(key, keyLine);
            }
        }
        return new Tree.Mapping(entries, keyLines, line);
    }

    private Tree sequence(int line, String path) throws IOException {
        List<Tree> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(path + "[" + items.size() + "]"));
        }
        return new Tree.Sequence(items, line);
    }

    private static int syntaxLine(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return yaml.getProblemMark().getLine() + 1;
        }
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    /** The parser's own words without its source excerpt, which would repeat the line the editor already shows. */
    private static String syntaxMessage(JsonProcessingException e, boolean json) {
        String format = json ? "JSON" : "YAML";
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ", ";
            return "malformed YAML: " + context + yaml.getProblem() + "; expected well-formed " + format;
        }
        String original = e.getOriginalMessage().lines().findFirst().orElse("syntax error")
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: \\d+\\]", "line $1");
        return "malformed " + format + ": " + original + "; expected well-formed " + format;
    }
}
