package dev.slant.text;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML front matter at the start of a draft (between two "---" lines), as Markdown
 * tools write it: {@code desk: courts}, {@code type: opinion}. Its fields tell the rules
 * what kind of copy this is; its text is not prose and is not linted. Values are kept as
 * lower-case strings; a list gives several values. Front matter that is not a YAML
 * mapping of plain values is ignored.
 */
public record FrontMatter(Map<String, List<String>> fields, int end) {

    public static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    private static final int MAX_LENGTH = 64 * 1024;

    public FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** The front matter of a text, or {@link #NONE}. {@code end} is where the prose starts. */
    public static FrontMatter parse(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return NONE;
        }
        int bodyStart = text.indexOf('\n') + 1;
        int close = findClose(text, bodyStart);
        if (close < 0) {
            return NONE;
        }
        int end = text.indexOf('\n', close);
        end = end < 0 ? text.length() : end + 1;
        Map<String, List<String>> fields = fields(text.substring(bodyStart, close));
        return fields == null ? NONE : new FrontMatter(fields, end);
    }

    /** The text with the front matter replaced by spaces (line breaks kept), so offsets stay. */
    public String blank(String text) {
        if (end == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            Work.step();
            char c = sb.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static int findClose(String text, int from) {
        int at = from;
        while (at < text.length() && at - from < MAX_LENGTH) {
            Work.step();
            int lineEnd = text.indexOf('\n', at);
            String line = (lineEnd < 0 ? text.substring(at) : text.substring(at, lineEnd)).strip();
            if (line.equals("---") || line.equals("...")) {
                return at;
            }
            if (lineEnd < 0) {
                return -1;
            }
            at = lineEnd + 1;
        }
        return -1;
    }

    private static Map<String, List<String>> fields(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
            if (!(root instanceof MappingNode)) {
                return root == null ? Map.of() : null;
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) root).getValue()) {
                Work.step();
                if (t.getKeyNode() instanceof ScalarNode) {
                    List<String> values = values(t.getValueNode());
                    if (values != null) {
                        out.put(((ScalarNode) t.getKeyNode()).getValue().toLowerCase(Locale.ROOT), values);
                    }
                }
            }
            return out;
        } catch (YAMLException e) {
            return null; // not front matter we understand: lint the text as it is
        }
    }

    private static List<String> values(Node node) {
        if (node instanceof ScalarNode) {
            return List.of(((ScalarNode) node).getValue().strip().toLowerCase(Locale.ROOT));
        }
        if (node instanceof SequenceNode) {
            List<String> out = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) {
                Work.step();
                if (item instanceof ScalarNode) {
                    out.add(((ScalarNode) item).getValue().strip().toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }
        return null;
    }
}
