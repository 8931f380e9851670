package dev.slant.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The build's images of the shipped packs hold what composing their YAML gives. */
class PackImageTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void everyPackImageHoldsTheComposedYaml() throws IOException {
        for (String name : packFiles()) {
            String yaml = Files.readString(RULES.resolve(name), StandardCharsets.UTF_8);
            Node composed = YamlValue.compose("rules/" + name, yaml, "empty");
            Node read = PackImage.read(PackImage.write(yaml, composed), yaml, "rules/" + name);
            assertNotNull(read, name);
            assertSame(composed, read, name);
        }
    }

    @Test
    void anImageOfOtherYamlIsNotUsed() {
        String yaml = "pack: a\nrules: []\n";
        byte[] image = PackImage.write(yaml, YamlValue.compose("a.yml", yaml, "empty"));
        assertNull(PackImage.read(image, yaml.replace('a', 'b'), "a.yml"));
        assertNull(PackImage.read(null, yaml, "a.yml"));
        assertNotNull(PackImage.read(image, yaml, "a.yml"));
    }

    @Test
    void theIndexListsEveryShippedPack() throws IOException {
        assertEquals(packFiles(), BuiltinPacks.names());
    }

    private static List<String> packFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList();
        }
    }

    private static void assertSame(Node expected, Node actual, String where) {
        String at = where + ":" + (expected.getStartMark().getLine() + 1);
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getTag(), actual.getTag(), at);
        assertEquals(expected.getStartMark().getLine(), actual.getStartMark().getLine(), at);
        if (expected instanceof ScalarNode) {
            assertEquals(((ScalarNode) expected).getValue(), ((ScalarNode) actual).getValue(), at);
        } else if (expected instanceof SequenceNode) {
            List<Node> e = ((SequenceNode) expected).getValue();
            List<Node> a = ((SequenceNode) actual).getValue();
            assertEquals(e.size(), a.size(), at);
            for (int i = 0; i < e.size(); i++) {
                assertSame(e.get(i), a.get(i), where);
            }
        } else {
            var e = ((MappingNode) expected).getValue();
            var a = ((MappingNode) actual).getValue();
            assertEquals(e.size(), a.size(), at);
            for (int i = 0; i < e.size(); i++) {
                assertSame(e.get(i).getKeyNode(), a.get(i).getKeyNode(), where);
                assertSame(e.get(i).getValueNode(), a.get(i).getValueNode(), where);
            }
        }
    }
}
