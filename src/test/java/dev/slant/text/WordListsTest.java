package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build's images of the word lists hold what composing their YAML gives. */
class WordListsTest {

    private static final Path DIR = Path.of("src/main/resources/dev/slant/text");

    @Test
    void everyImageHoldsTheListsOfItsYaml() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                String yaml = Files.readString(file, StandardCharsets.UTF_8);
                Map<String, List<String>> lists = WordLists.compose(yaml);
                assertEquals(lists, WordLists.readImage(WordLists.writeImage(yaml, lists), yaml), file.toString());
                assertEquals(List.copyOf(lists.keySet()),
                        List.copyOf(WordLists.load(file.getFileName().toString()).keySet()), file.toString());
                assertEquals(lists, WordLists.load(file.getFileName().toString()), file.toString());
            }
        }
    }

    @Test
    void anImageOfOtherYamlIsNotUsed() {
        String yaml = "a: [x, y]\n";
        byte[] image = WordLists.writeImage(yaml, WordLists.compose(yaml));
        assertNull(WordLists.readImage(image, "a: [x, z]\n"));
        assertNull(WordLists.readImage(null, yaml));
    }
}
