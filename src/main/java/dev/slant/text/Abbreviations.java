package dev.slant.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The abbreviation list of the sentence splitter, read from the data file
 * {@code abbreviations.yml} next to this class. See that file for what each kind means.
 */
final class Abbreviations {

    /** When the period after an abbreviation may end a sentence. */
    enum Kind { TITLE, NUMBER, DATE, GENERAL }

    private static final Abbreviations DEFAULT = load("abbreviations.yml");

    private final Map<String, Kind> kinds;
    private final Set<String> openers;

    private Abbreviations(Map<String, Kind> kinds, Set<String> openers) {
        this.kinds = Map.copyOf(kinds);
        this.openers = Set.copyOf(openers);
    }

    static Abbreviations defaults() {
        return DEFAULT;
    }

    /** The kind of an abbreviation written without its final period, or null. */
    Kind kindOf(String withoutPeriod) {
        return kinds.get(withoutPeriod.toLowerCase(Locale.ROOT));
    }

    /** True if the word, capitalised after an abbreviation, shows that a new sentence began. */
    boolean isOpener(String word) {
        return openers.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the data file as a node tree and takes every value as written: YAML 1.1 would
     * otherwise read the abbreviation "No" and the opener "on" as booleans.
     */
    private static Abbreviations load(String resource) {
        try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Kind> kinds = new HashMap<>();
            Set<String> openers = new HashSet<>();
            for (NodeTuple entry : ((MappingNode) root).getValue()) {
                String key = ((ScalarNode) entry.getKeyNode()).getValue();
                for (Node item : ((SequenceNode) entry.getValueNode()).getValue()) {
                    String word = ((ScalarNode) item).getValue().toLowerCase(Locale.ROOT);
                    if (key.equals("openers")) {
                        openers.add(word);
                    } else {
                        kinds.put(word, Kind.valueOf(key.toUpperCase(Locale.ROOT)));
                    }
                }
            }
            return new Abbreviations(kinds, openers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
