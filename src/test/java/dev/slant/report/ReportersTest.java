package dev.slant.report;

import dev.slant.engine.Batch;
import dev.slant.engine.LintResult;
import dev.slant.engine.Linter;
import dev.slant.engine.RuleSet;
import dev.slant.engine.Source;
import dev.slant.rules.RulePackLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests of every reporter on the same results: a short article, a file with
 * multi-byte text, a tab and a long line, an unreadable file, and a clean file.
 */
class ReportersTest {

    private static Report report() throws IOException {
        Path dir = Path.of("src/test/resources/cli");
        RuleSet rules = RuleSet.of(List.of(RulePackLoader.load("pack.yml",
                Files.readString(dir.resolve("pack.yml"), StandardCharsets.UTF_8))));
        String tricky = "Ünïcödé 😀 — the\tdiminutive “notorious” envoy.\r\n"
                + "A very long line that goes on and on about the weather, the markets, the schedule and the"
                + " roads before it mentions the meat grinder of the front and then goes on again for a while.\n";
        List<Source> sources = List.of(
                Source.of("article.txt", Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8)),
                Source.of("tricky.txt", tricky),
                new Source("missing.txt", () -> {
                    throw new java.nio.file.NoSuchFileException("missing.txt");
                }),
                Source.of("clean.txt", "Nothing to see here.\n"));
        List<LintResult> results = Batch.lint(new Linter(rules), sources, 1);
        return Report.of("1.2.3", results, 42);
    }

    @Test
    void text() throws IOException {
        Golden.assertMatches("report.txt", render(new TextReporter(false)));
    }

    @Test
    void textInColour() throws IOException {
        Golden.assertMatches("report-color.txt", render(new TextReporter(true)));
    }

    @Test
    void json() throws IOException {
        Golden.assertMatches("report.json", render(new JsonReporter()));
    }

    private static String render(Reporter reporter) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }
}
