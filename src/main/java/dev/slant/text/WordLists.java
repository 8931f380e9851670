package dev.slant.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the text layer's word-list data files: YAML mappings whose leaves are lists of
 * words, nested keys joined with dots ("verbs.strong"). Every value is taken as written
 * and lower-cased; YAML 1.1 would otherwise read words such as "No" and "on" as booleans.
 */
public final class WordLists {

    private WordLists() {
    }

    public static Map<String, List<String>> load(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> out = new LinkedHashMap<>();
            collect("", root, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(String prefix, Node node, Map<String, List<String>> out) {
        if (node instanceof MappingNode) {
            for (NodeTuple entry : ((MappingNode) node).getValue()) {
                Work.step();
                String key = ((ScalarNode) entry.getKeyNode()).getValue();
                collect(prefix.isEmpty() ? key : prefix + "." + key, entry.getValueNode(), out);
            }
        } else if (node instanceof SequenceNode) {
            List<String> words = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) {
                Work.step();
                words.add(((ScalarNode) item).getValue().toLowerCase(Locale.ROOT));
            }
            out.put(prefix, List.copyOf(words));
        } else {
            throw new IllegalStateException("word list '" + prefix + "' must be a list");
        }
    }
}
