package dev.slant.rules;

import dev.slant.text.DataImages;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A shipped pack's YAML node tree, composed at build time and stored beside the pack in the
 * jar as {@code NAME.yml.img}: what {@link YamlValue} reads (node shapes, resolved tags,
 * scalar values and start lines) in a compact form that takes a cold JVM a few
 * milliseconds to read, where composing the YAML took most of the time to load the packs
 * (docs/PERFORMANCE.md). The image records the length and hash of the YAML it was made
 * from; a pack whose YAML no longer matches is composed from the YAML as before.
 *
 * <p>The build runs {@link #main} on the packs folder of the classes (Maven's
 * {@code process-classes} phase); it also writes {@code index}, the sorted pack file names.
 */
public final class PackImage {

    private static final int MAGIC = 0x534c4e31; // "SLN1"
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    /** The tags plain YAML data resolves to (YamlValue refuses others). */
    private static final Tag[] TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP,
        Tag.TIMESTAMP};
    private static final int[] NO_TEXT = new int[0];

    static final String SUFFIX = ".img";
    static final String INDEX = "index";

    private PackImage() {
    }

    /** The image of a composed YAML file. */
    static byte[] write(String yaml, Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DataImages.writeHeader(out, MAGIC, yaml);
            write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, Node node) throws IOException {
        byte kind = node instanceof ScalarNode ? SCALAR : node instanceof SequenceNode ? SEQUENCE : MAPPING;
        out.writeByte(kind);
        out.writeByte(tagIndex(node.getTag()));
        out.writeInt(node.getStartMark().getLine());
        if (kind == SCALAR) {
            byte[] value = ((ScalarNode) node).getValue().getBytes(StandardCharsets.UTF_8);
            out.writeInt(value.length);
            out.write(value);
        } else if (kind == SEQUENCE) {
            List<Node> items = ((SequenceNode) node).getValue();
            out.writeInt(items.size());
            for (Node item : items) {
                write(out, item);
            }
        } else {
            List<NodeTuple> entries = ((MappingNode) node).getValue();
            out.writeInt(entries.size());
            for (NodeTuple t : entries) {
                write(out, t.getKeyNode());
                write(out, t.getValueNode());
            }
        }
    }

    private static int tagIndex(Tag tag) {
        for (int i = 0; i < TAGS.length; i++) {
            if (TAGS[i].equals(tag)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no image for YAML tag " + tag);
    }

    /**
     * The node tree of an image, with {@code file} as the name of its marks; null when
     * there is no image or it was made from other YAML than {@code yaml}.
     */
    static Node read(byte[] image, String yaml, String file) {
        if (!DataImages.current(image, MAGIC, yaml)) {
            return null;
        }
        return read(ByteBuffer.wrap(image, DataImages.HEADER, image.length - DataImages.HEADER), file);
    }

    private static Node read(ByteBuffer in, String file) {
        byte kind = in.get();
        Tag tag = TAGS[in.get()];
        int line = in.getInt();
        Mark mark = new Mark(file, 0, line, 0, NO_TEXT, 0);
        int n = in.getInt();
        if (kind == SCALAR) {
            String value = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return new ScalarNode(tag, value, mark, mark, DumperOptions.ScalarStyle.PLAIN);
        }
        if (kind == SEQUENCE) {
            List<Node> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(read(in, file));
            }
            return new SequenceNode(tag, true, items, mark, mark, DumperOptions.FlowStyle.AUTO);
        }
        List<NodeTuple> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node k = read(in, file);
            entries.add(new NodeTuple(k, read(in, file)));
        }
        return new MappingNode(tag, true, entries, mark, mark, DumperOptions.FlowStyle.AUTO);
    }

    /** Build step: writes an image of every pack in the folder, and the index. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList();
        }
        for (String name : names) {
            String yaml = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            Node root = YamlValue.compose("rules/" + name, yaml, "the rule file is empty");
            Files.write(dir.resolve(name + SUFFIX), write(yaml, root));
        }
        Files.writeString(dir.resolve(INDEX), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }
}
