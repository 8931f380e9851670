package dev.slant.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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
        byte[] file = DataImages.resource(WordLists.class, resource);
        if (file == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        String yaml = new String(file, StandardCharsets.UTF_8);
        Map<String, List<String>> lists = readImage(DataImages.resource(WordLists.class, resource + IMAGE), yaml);
        return lists != null ? lists : compose(yaml);
    }

    /** The lists of a word-list file's YAML. */
    static Map<String, List<String>> compose(String yaml) {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        Map<String, List<String>> out = new LinkedHashMap<>();
        collect("", root, out);
        return out;
    }

    /**
     * The build stores each file's lists beside it ({@code NAME.yml.lists}), with the length
     * and hash of the YAML they were read from: a cold start reads them in a fraction of the
     * time composing the YAML takes (docs/PERFORMANCE.md).
     */
    static final String IMAGE = ".lists";
    private static final int MAGIC = 0x534c5731; // "SLW1"

    static byte[] writeImage(String yaml, Map<String, List<String>> lists) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DataImages.writeHeader(out, MAGIC, yaml);
            out.writeInt(lists.size());
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String w : e.getValue()) {
                    out.writeUTF(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The lists of an image, or null when there is none or it was made from other YAML. */
    static Map<String, List<String>> readImage(byte[] image, String yaml) {
        if (!DataImages.current(image, MAGIC, yaml)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(
                new ByteArrayInputStream(image, DataImages.HEADER, image.length - DataImages.HEADER))) {
            int n = in.readInt();
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                String[] words = new String[in.readInt()];
                for (int j = 0; j < words.length; j++) {
                    words[j] = in.readUTF();
                }
                out.put(key, List.of(words));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: writes the lists of every word-list file in the folder beside it. */
    public static void main(String[] args) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                String yaml = Files.readString(file, StandardCharsets.UTF_8);
                Files.write(file.resolveSibling(file.getFileName() + IMAGE), writeImage(yaml, compose(yaml)));
            }
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
