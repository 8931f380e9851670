package dev.slant.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a composed YAML document with what error messages need: the file, the line,
 * and the key it sits under. Reading a value of the wrong shape throws a
 * {@link RuleFileException} that names all three.
 */
public final class YamlValue {

    private final Node node;
    private final String file;
    private final String key;

    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    /**
     * Composes a YAML file with SnakeYAML's safe loader (no duplicate keys, limited aliases
     * and nesting); syntax errors become {@link RuleFileException}s with the line.
     */
    public static YamlValue parse(String file, String yaml, String emptyMessage) {
        return new YamlValue(compose(file, yaml, emptyMessage), file, null);
    }

    /** The checked node tree of {@link #parse}. */
    static Node compose(String file, String yaml, String emptyMessage) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
            if (node == null) {
                throw new RuleFileException(new Origin(file, 1), null, emptyMessage);
            }
            rejectTags(node, file);
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            throw new RuleFileException(new Origin(file, line), null, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new RuleFileException(new Origin(file, 1), null, "invalid YAML: " + e.getMessage());
        }
    }

    /** The tags plain data may carry; anything else (a class name, a custom tag) is refused. */
    private static final java.util.Set<Tag> PLAIN = java.util.Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

    /**
     * Refuses explicit tags such as {@code !!javax.script.ScriptEngineManager}: slant never
     * builds objects from YAML (nodes are read as plain data), but a tag in a rule file is
     * at best a mistake and at worst an attack, so it is named and refused.
     */
    private static void rejectTags(Node node, String file) {
        if (!PLAIN.contains(node.getTag())) {
            String tag = node.getTag().getValue().replace(Tag.PREFIX, "!!");
            throw new RuleFileException(new Origin(file, node.getStartMark().getLine() + 1), null,
                    "YAML tags are not allowed (found " + tag + "); write plain values");
        }
        if (node instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                rejectTags(t.getKeyNode(), file);
                rejectTags(t.getValueNode(), file);
            }
        } else if (node instanceof SequenceNode) {
            for (Node item : ((SequenceNode) node).getValue()) {
                rejectTags(item, file);
            }
        }
    }

    YamlValue(Node node, String file, String key) {
        this.node = node;
        this.file = file;
        this.key = key;
    }

    public Origin origin() {
        return new Origin(file, node.getStartMark().getLine() + 1);
    }

    public String key() {
        return key;
    }

    public RuleFileException error(String problem) {
        return new RuleFileException(origin(), key, problem);
    }

    /** True for an empty value ("key:" with nothing after it, or null, or ~). */
    public boolean isNull() {
        return node.getTag().equals(Tag.NULL);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /**
     * The entries of a mapping, in file order. Rejects keys outside {@code allowed} (any key
     * is allowed when it is null), duplicate keys and keys missing from {@code required}.
     */
    public Map<String, YamlValue> mapping(Set<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping of keys to values, got " + shape());
        }
        Map<String, YamlValue> out = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Node k = tuple.getKeyNode();
            YamlValue keyValue = new YamlValue(k, file, key);
            if (!(k instanceof ScalarNode)) {
                throw keyValue.error("keys must be plain words");
            }
            String name = ((ScalarNode) k).getValue();
            if (allowed != null && !allowed.contains(name)) {
                throw new RuleFileException(keyValue.origin(), name,
                        "unknown key; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (out.containsKey(name)) {
                throw new RuleFileException(keyValue.origin(), name, "duplicate key");
            }
            out.put(name, new YamlValue(tuple.getValueNode(), file, name));
        }
        for (String name : required) {
            if (!out.containsKey(name)) {
                throw new RuleFileException(origin(), name, "required key is missing");
            }
        }
        return out;
    }

    /** A non-empty scalar, as written (numbers and booleans keep their text). */
    public String string() {
        if (!(node instanceof ScalarNode)) {
            throw error("expected text, got " + shape());
        }
        String value = ((ScalarNode) node).getValue();
        if (node.getTag().equals(Tag.NULL) || value.isBlank()) {
            throw error("must not be empty");
        }
        return value;
    }

    /** A list; a single scalar is not accepted in its place, to keep files uniform. */
    public List<YamlValue> list() {
        if (!(node instanceof SequenceNode)) {
            throw error("expected a list, got " + shape());
        }
        List<YamlValue> out = new ArrayList<>();
        for (Node item : ((SequenceNode) node).getValue()) {
            out.add(new YamlValue(item, file, key));
        }
        return out;
    }

    /** A list of non-empty strings. */
    public List<String> strings() {
        List<String> out = new ArrayList<>();
        for (YamlValue item : list()) {
            out.add(item.string());
        }
        return out;
    }

    public boolean bool() {
        if (node instanceof ScalarNode && node.getTag().equals(Tag.BOOL)) {
            String v = ((ScalarNode) node).getValue().toLowerCase(java.util.Locale.ROOT);
            return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
        }
        throw error("expected true or false, got " + shape());
    }

    private String shape() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
