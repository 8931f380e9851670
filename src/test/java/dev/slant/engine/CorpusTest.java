package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped packs on a corpus of articles written for the project: the example articles,
 * neutral wire-style copy full of look-alikes, and loaded copy. Every finding is listed in
 * a golden file, so a change to a pack shows its effect as a reviewable diff. Rewrite the
 * golden file with -Dslant.updateGolden=true.
 */
class CorpusTest {

    private static final Linter LINTER = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
    private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus-findings.txt");

    @Test
    void findingsMatchTheGoldenList() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path file : corpus()) {
            for (Finding f : lint(file)) {
                sb.append(file.toString().replace('\\', '/')).append(':').append(f.start().line()).append(':')
                        .append(f.start().column()).append(' ').append(f.rule()).append(" \"").append(f.text())
                        .append("\"\n");
            }
        }
        String actual = sb.toString();
        if (Boolean.getBoolean("slant.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "findings changed (rerun with -Dslant.updateGolden=true, then review git diff)");
    }

    @Test
    void neutralWireArticleGetsNoFindings() throws IOException {
        assertEquals(List.of(), lint(Path.of("examples/council-budget.txt")));
    }

    @Test
    void loadedArticleIsFlaggedForEveryKindOutsideQuotes() throws IOException {
        Path parade = Path.of("examples/parade.txt");
        Document doc = Document.parse(Files.readString(parade, StandardCharsets.UTF_8));
        Set<String> categories = new TreeSet<>();
        for (Finding f : LINTER.lint(doc)) {
            categories.add(f.category());
            for (var q : doc.quotations()) {
                assertTrue(!q.span().contains(f.span()), "finding inside a quotation: " + f.text());
            }
        }
        assertEquals(Set.of("doubt", "editorializing", "euphemism", "loaded-language", "puffery",
                "stance-verb", "unattributed-claim", "vague-attribution", "framing"), categories);
    }

    private static List<Finding> lint(Path file) throws IOException {
        return LINTER.lint(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The example articles and the test corpus, in path order. */
    static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "src/test/resources/corpus")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }
}
