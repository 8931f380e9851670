package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.engine.Batch;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.engine.Linter;
import dev.slant.engine.RuleSet;
import dev.slant.engine.Source;
import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the draft holds (control characters, lone surrogates, markup, quotes, very long
 * lines), every reporter writes well-formed output: JSON, SARIF and rdjson parse, the XML
 * formats parse, text and GitHub output hold no raw control characters, and every
 * position lies inside the draft.
 */
class ReportersPropertiesTest {

    private static Linter linter;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeContainer
    static void rules() {
        linter = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
    }

    @Property
    void everyReporterWritesWellFormedOutput(@ForAll("drafts") String text, @ForAll("formats") Format format)
            throws Exception {
        check(text, format);
    }

    /**
     * Inputs that fuzz campaigns found to break a reporter, kept as regression cases:
     * src/test/resources/fuzz/NAME.FORMAT.txt (docs/ROBUSTNESS.md).
     */
    @net.jqwik.api.Example
    void theFuzzCorpusStaysFixed() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/fuzz");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            List<java.nio.file.Path> cases = files.sorted().toList();
            assertTrue(!cases.isEmpty());
            for (java.nio.file.Path p : cases) {
                String[] parts = p.getFileName().toString().split("\\.");
                check(java.nio.file.Files.readString(p, StandardCharsets.UTF_8),
                        Format.valueOf(parts[parts.length - 2].toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    private static void check(String text, Format format) throws Exception {
        String name = "dräft " + format.label() + (format == Format.HTML ? ".html" : ".md");
        List<LintResult> results = Batch.lint(List.of(new Batch.Task(Source.of(name, format, text), linter,
                dev.slant.engine.Policy.DEFAULT, true)), 1, r -> { });
        LintResult r = results.get(0);
        int codePoints = text.codePointCount(0, text.length());
        for (Finding f : r.findings()) {
            assertTrue(0 <= f.start().offset() && f.start().offset() <= f.end().offset()
                    && f.end().offset() <= codePoints, "positions inside the draft: " + f);
            assertTrue(f.start().line() >= 1 && f.end().line() <= r.lines().lineCount());
        }
        Report report = Report.of("1.0", results, 1, linter.rules().rules().stream().map(x -> x.meta()).toList());
        JSON.readTree(render(new JsonReporter(), report));
        JsonNode sarif = JSON.readTree(render(new SarifReporter(), report));
        assertEquals("2.1.0", sarif.get("version").asText());
        JSON.readTree(render(new RdjsonReporter(), report));
        xml(render(new CheckstyleReporter(), report));
        xml(render(new JunitReporter(), report));
        for (Reporter plain : List.of(new TextReporter(false), new GithubReporter(), new GithubSummary())) {
            String out = render(plain, report);
            assertTrue(out.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n'),
                    plain.getClass().getSimpleName() + " leaks a control character");
        }
        for (String line : render(new GithubReporter(), report).split("\n")) {
            assertTrue(line.startsWith("::") || line.contains(" in 1 file"), "one command per line: " + line);
        }
    }

    private static String render(Reporter reporter, Report report) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return out.toString();
    }

    private static void xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(Format.values());
    }

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> pieces = Arbitraries.of("The diminutive mayor", " blasted ", "so-called", " critics say ",
                "“", "”", "\"", "'", "’", "‘", "—", "\n", "\n\n", "\r\n", "\r", "\t", "\u0000", "\u0007", "\u001B[31m",
                "\u0085", "\u2028", "\uD800", "\uDC00", "😀", "Ünïcödé", "<b>", "</b>", "<p>", "&amp;", "&#0;", "<!--",
                "-->", "# ", "> ", "`", "**", "[x](http://e.org)", "12,000", "3.9%", ".", "?", " ", "%", ":", ",",
                "::warning::", "]]>", "<![CDATA[", "slant-disable", "<!-- slant-disable-next-line loaded.* -->\n");
        return pieces.list().ofMaxSize(80).map(l -> String.join("", l));
    }
}
