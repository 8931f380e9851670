package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line as users and CI see it: exact output and exit codes. */
class CliTest {

    static final String DIR = "src/test/resources/cli/";
    static final String[] PACK = {"--no-default-rules", "--rules", DIR + "pack.yml"};

    /** One run of the CLI with captured output. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String[] with(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** Writes a file below {@code dir}, making folders as needed. */
    static Path writeFile(Path dir, String name, String text) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** The summary line ends with the elapsed time, which varies from run to run. */
    static String maskTime(String out) {
        return out.replaceAll(", \\d+ ms\n", ", N ms\n");
    }

    /** Markdown and HTML: multi-byte text, markup and entities on one line; code, quotes and scripts skipped. */
    @Test
    void markdownAndHtmlFindingsPointIntoTheFile() throws Exception {
        Run r = run(with(new String[] {"lint"}, with(PACK, DIR + "draft.md", DIR + "draft.html")));
        assertEquals(Files.readString(Path.of(DIR + "markup.expected")), maskTime(r.out()));
        assertEquals(1, r.code());
    }

    /** Suppression directives in Markdown and plain text: ranges, next line, same line, mistakes, unused. */
    @Test
    void directivesSilenceFindingsAndReportMistakes() throws Exception {
        Run r = run(with(new String[] {"lint", "--report-unused-disables"},
                with(PACK, DIR + "suppress.md", DIR + "suppress.txt")));
        assertEquals(Files.readString(Path.of(DIR + "suppress.expected")), maskTime(r.out()));
        Run quiet = run(with(new String[] {"lint"}, with(PACK, DIR + "suppress.md")));
        assertTrue(!quiet.out().contains("slant.unused-disable"), "unused directives only on request");
        assertTrue(quiet.out().contains("slant.invalid-directive"), "mistakes always");
    }

    @Test
    void outputGoesToAFileAndTheStepSummaryIsAppended(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("slant.sarif");
        Files.writeString(report, "old report");
        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Run r = run(with(new String[] {"lint", "-f", "sarif", "-o", report.toString(), "--step-summary",
            summary.toString()}, with(PACK, DIR + "article.txt")));
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(report).contains("\"version\" : \"2.1.0\""));
        assertTrue(Files.readString(summary).startsWith("earlier step\n## slant\n"), Files.readString(summary));
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
        Run bad = run(with(new String[] {"lint", "-o", tmp.resolve("no/such/dir/x").toString()},
                with(PACK, DIR + "article.txt")));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("cannot write") && bad.err().contains("no such folder"), bad.err());
    }

    @Test
    void quietPrintsOnlyFindings() {
        Run r = run(with(new String[] {"lint", "--quiet"}, with(PACK, DIR + "article.txt")));
        assertTrue(r.out().startsWith(DIR + "article.txt:1:5: warning [test.descriptor]"), r.out());
        assertTrue(!r.out().contains(" in 1 file"), "no summary line: " + r.out());
        assertEquals("", r.err());
        assertEquals(1, r.code());
    }

    @Test
    void explainShowsWhyGuidelineSuggestionsFixesAndExamples() {
        Run r = run("explain", "stance.doubt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("stance.doubt\n  category: stance-verb\n"), r.out());
        assertTrue(r.out().contains("Wikipedia's Manual of Style"), "the guideline");
        assertTrue(r.out().contains("Suggestions: said"));
        assertTrue(r.out().contains("slant fix replaces: claimed -> said, insisted -> said (outside quotations)"));
        assertTrue(r.out().contains("  flag: The mayor [[claimed]] the budget was balanced."));
        Run unknown = run("explain", "no.such.rule");
        assertEquals(2, unknown.code());
        assertEquals("slant: unknown rule 'no.such.rule'; run 'slant rules' to list them\n", unknown.err());
    }

    @Test
    void textOutputIsCompilerStyle() {
        Run r = run(with(new String[] {"lint"}, with(PACK, DIR + "article.txt")));
        String path = DIR + "article.txt";
        assertEquals(String.join("\n",
                path + ":1:5: warning [test.descriptor] \"diminutive\" judges the person; describe what they did",
                "    The diminutive mayor touted the plan.",
                "        ^^^^^^^^^^",
                path + ":1:22: suggestion [test.verb] \"touted\" takes a side; use \"said\"",
                "    The diminutive mayor touted the plan.",
                "                         ^^^^^^",
                "    suggestion: said",
                path + ":4:32: error [test.metaphor] \"meat grinder\" dramatises the fighting; describe it",
                "    Troops were sent into Moscow’s meat grinder.",
                "                                   ^^^^^^^^^^^^",
                "3 findings (1 error, 1 warning, 1 suggestion) in 1 file, N ms",
                ""), maskTime(r.out()));
        assertEquals("", r.err());
        assertEquals(1, r.code());
    }

    @Test
    void exitCodeFollowsFailOn() {
        String article = DIR + "article.txt";
        assertEquals(1, run(with(with(new String[] {"lint"}, PACK), article)).code());
        assertEquals(1, run(with(with(new String[] {"lint"}, PACK), "--fail-on", "error", article)).code());
        assertEquals(0, run(with(with(new String[] {"lint"}, PACK), "--fail-on", "never", article)).code());
        assertEquals(0, run(with(with(new String[] {"lint"}, PACK), "--disable", "test.metaphor",
                "--fail-on", "error", article)).code());
        assertEquals(0, run(with(with(new String[] {"lint"}, PACK), DIR + "clean.txt")).code());
    }

    @Test
    void cleanFileSaysSo() {
        Run r = run(with(with(new String[] {"lint"}, PACK), DIR + "clean.txt"));
        assertEquals("no findings in 1 file, N ms\n", maskTime(r.out()));
        assertEquals(0, r.code());
    }

    @Test
    void minSeverityAndDisableFilterRules() {
        Run r = run(with(with(new String[] {"lint"}, PACK), "--min-severity", "error", DIR + "article.txt"));
        assertTrue(r.out().startsWith(DIR + "article.txt:4:32: error [test.metaphor]"), r.out());
        assertTrue(maskTime(r.out()).endsWith("1 finding (1 error, 0 warnings, 0 suggestions) in 1 file, N ms\n"));
        Run byCategory = run(with(with(new String[] {"lint"}, PACK), "--disable", "loaded-language",
                DIR + "article.txt"));
        assertTrue(maskTime(byCategory.out()).endsWith("1 finding (0 errors, 0 warnings, 1 suggestion) in 1 file, N ms\n"));
    }

    @Test
    void missingPathExitsTwoNamingIt() {
        Run r = run(with(with(new String[] {"lint"}, PACK), "no/such/draft.txt"));
        assertEquals(2, r.code());
        assertEquals("slant: cannot read 'no/such/draft.txt': no such file or directory\n", r.err());
    }

    @Test
    void directoryWithoutDraftsExitsTwo(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("notes.pdf"), "not a draft");
        Run r = run(with(with(new String[] {"lint"}, PACK), empty.toString()));
        assertEquals(2, r.code());
        assertEquals("slant: no drafts (.txt, .md, .markdown, .html, .htm) in directory '" + RuleOptions.display(empty) + "'\n",
                r.err());
    }

    @Test
    void badRuleFileExitsTwoNamingFileLineAndKey() {
        Run r = run("lint", "--no-default-rules", "--rules", DIR + "bad-pack.yml", DIR + "article.txt");
        assertEquals(2, r.code());
        assertEquals("slant: " + DIR + "bad-pack.yml:5: key 'severity': expected suggestion, warning or error,"
                + " got 'severe'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void ruleFileWithLyingExampleExitsTwo() {
        Run r = run("lint", "--no-default-rules", "--rules", DIR + "lying-pack.yml", DIR + "article.txt");
        assertEquals(2, r.code());
        assertEquals("slant: " + DIR + "lying-pack.yml:11: key 'examples': pass example of rule 'test.lying'"
                + " does not hold: expected 'A bizarre night.' but the rule flags 'A [[bizarre]] night.'\n", r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = run("lint", "--format", "xml", "x.txt");
        assertEquals(2, r.code());
        assertEquals("slant: Invalid value for option '--format': expected one of [text, json, sarif, github,"
                + " checkstyle, junit, rdjson] (case-insensitive) but was 'xml'\nTry 'slant lint --help' for more information.\n", r.err());
        assertEquals(2, run("lint").code());
        assertEquals("slant: nothing to check: give a file, a directory, or - for standard input"
                + " (see 'slant lint --help')\n", run("lint").err());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
        Run unknown = run(with(with(new String[] {"lint"}, PACK), "--enable", "no.such.rule", DIR + "clean.txt"));
        assertEquals("slant: unknown rule or category 'no.such.rule' in --enable; run 'slant rules' to list them\n",
                unknown.err());
        assertEquals(2, unknown.code());
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("A notorious plan.".getBytes(StandardCharsets.UTF_8)));
            Run r = run(with(with(new String[] {"lint"}, PACK), "-"));
            assertTrue(r.out().startsWith("<stdin>:1:3: warning [test.descriptor]"), r.out());
            assertEquals(1, r.code());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void directoriesAreWalkedForDrafts() {
        Run r = run(with(with(new String[] {"lint"}, PACK), "--format", "json", DIR));
        assertTrue(r.out().contains("\"path\": \"" + DIR + "article.txt\""), r.out());
        assertTrue(r.out().contains("\"path\": \"" + DIR + "clean.txt\""));
        assertTrue(!r.out().contains("pack.yml"));
    }

    @Test
    void jsonOutputMatchesThePublishedSchema() throws Exception {
        Run r = run(with(with(new String[] {"lint"}, PACK), "--format", "json", DIR + "article.txt"));
        assertEquals(1, r.code());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode report = mapper.readTree(r.out());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.newInputStream(Path.of("docs/json-format.schema.json")));
        Set<ValidationMessage> problems = schema.validate(report);
        assertEquals(Set.of(), problems);
        JsonNode first = report.get("files").get(0).get("findings").get(0);
        assertEquals("test.descriptor", first.get("rule").asText());
        assertEquals(5, first.get("column").asInt());
        assertEquals(15, first.get("endColumn").asInt());
        assertEquals(3, report.get("summary").get("findings").asInt());
    }

    @Test
    void rulesListsAndShows() {
        Run list = run(with(new String[] {"rules"}, PACK));
        assertEquals(String.join("\n",
                "ID               CATEGORY         SEVERITY    MESSAGE",
                "test.descriptor  loaded-language  warning     \"…\" judges the person; describe what they did",
                "test.verb        stance-verb      suggestion  \"…\" takes a side; use \"said\"",
                "test.metaphor    loaded-language  error       \"…\" dramatises the fighting; describe it",
                ""), list.out());
        Run show = run(with(new String[] {"rules", "show", "test.verb"}, PACK));
        assertEquals(0, show.code());
        assertTrue(show.out().contains("Suggestions: said"), show.out());
        assertTrue(show.out().contains("  flag: She [[touted]] the plan."), show.out());
        Run missing = run(with(new String[] {"rules", "show", "nope"}, PACK));
        assertEquals(2, missing.code());
        assertEquals("slant: unknown rule 'nope'; run 'slant rules' to list them\n", missing.err());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("slant "));
        Run help = run("lint", "--help");
        assertEquals(0, help.code());
        for (String expected : new String[] {"--fail-on", "--format", "--rules", "--no-default-rules",
            "--enable", "--disable", "--min-severity", "--color", "Exit codes:", "2   Usage error"}) {
            assertTrue(help.out().contains(expected), "help mentions " + expected + ":\n" + help.out());
        }
    }
}
