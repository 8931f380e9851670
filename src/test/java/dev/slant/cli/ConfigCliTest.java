package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files as users write them: found by walking up, applied per draft, errors with file:line. */
class ConfigCliTest {

    static final String PACK = Path.of(CliTest.DIR + "pack.yml").toAbsolutePath().toString().replace('\\', '/');
    static final String ARTICLE = "The diminutive mayor touted the plan in a notorious speech.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return CliTest.writeFile(dir, name, text);
    }

    private String config(String more) {
        return "packs: ['" + PACK + "']\n" + more;
    }

    private CliTest.Run lint(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "lint";
        all[1] = "--format";
        all[2] = "json";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @Test
    void theNearestConfigTurnsARuleOffAndChangesASeverity() throws IOException {
        write(".slant.yml", config("rules:\n  test.descriptor: off\n  test.verb: error\n"));
        Path draft = write("desk/story.txt", ARTICLE);
        CliTest.Run r = lint(draft.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(!r.out().contains("test.descriptor"), r.out());
        assertTrue(r.out().replace(" ", "").contains("\"rule\":\"test.verb\""), r.out());
        assertTrue(r.out().replace(" ", "").contains("\"severity\":\"error\""), r.out());
    }

    @Test
    void failOnAndMinSeverityComeFromTheConfigUnlessGivenOnTheCommandLine() throws IOException {
        write(".slant.yml", config("fail-on: error\nmin-severity: warning\n"));
        Path draft = write("story.txt", ARTICLE);
        CliTest.Run r = lint(draft.toString());
        assertEquals(0, r.code(), "warnings do not fail when fail-on is error");
        assertTrue(!r.out().contains("test.verb"), "the suggestion is below min-severity");
        assertEquals(1, lint("--fail-on", "warning", draft.toString()).code());
        assertTrue(lint("--min-severity", "suggestion", draft.toString()).out().contains("test.verb"));
    }

    @Test
    void overridesApplyToMatchingDraftsAndIgnoredDraftsAreSkipped() throws IOException {
        write(".slant.yml", config("ignore: [archive/]\noverrides:\n  - files: ['opinion/*.txt']\n"
                + "    rules: {'test.*': off}\n"));
        write("opinion/col.txt", ARTICLE);
        write("archive/old.txt", ARTICLE);
        write("news/story.txt", ARTICLE);
        CliTest.Run r = run("lint", "--format", "text", dir.toString());
        assertTrue(r.out().contains("news/story.txt:1:5"), r.out());
        assertTrue(!r.out().contains("col.txt:"), "the override switched the rules off in opinion/");
        assertTrue(!r.out().contains("old.txt"), "archive/ is ignored");
        assertTrue(r.out().contains("in 2 files"), r.out());
    }

    @Test
    void houseVocabularyAcceptsAndRejects() throws IOException {
        write(".slant.yml", config("vocabulary:\n  accept: [notorious]\n  reject:\n    - terms: [mayor]\n"
                + "      message: 'say \"{text}\" only for the elected head'\n      suggestions: [leader]\n"));
        Path draft = write("story.txt", ARTICLE);
        CliTest.Run r = run("lint", draft.toString());
        assertTrue(r.out().contains("warning [house.mayor] say \"mayor\" only for the elected head"), r.out());
        assertTrue(!r.out().contains("\"notorious\""), r.out());
        assertTrue(r.out().contains("[test.descriptor] \"diminutive\""), r.out());
    }

    @Test
    void explicitConfigAndNoConfig() throws IOException {
        write(".slant.yml", config("rules: {test.descriptor: off}\n"));
        Path other = write("elsewhere/other.yml", config(""));
        Path draft = write("story.txt", ARTICLE);
        assertTrue(!run("lint", draft.toString()).out().contains("test.descriptor"));
        assertTrue(run("lint", "--config", other.toString(), draft.toString()).out().contains("test.descriptor"));
        assertTrue(run("lint", "--no-config", draft.toString()).out().contains("loaded.descriptor"),
                "without a configuration the shipped packs run");
    }

    @Test
    void configMistakesNameFileLineAndKey() throws IOException {
        Path draft = write("story.txt", ARTICLE);
        write(".slant.yml", config("rules:\n  test.descriptor: loud\n"));
        assertEquals(".slant.yml:3: key 'test.descriptor': expected off, on, suggestion, warning or error, got 'loud'",
                error(draft));
        write(".slant.yml", config("colour: red\n"));
        assertEquals(".slant.yml:2: key 'colour': unknown key; expected one of fail-on, ignore, min-severity, "
                + "overrides, packs, report-unused-disables, rules, vocabulary", error(draft));
        write(".slant.yml", config("rules:\n  test.nope: off\n"));
        assertEquals(".slant.yml:3: key 'test.nope': no rule, category or id prefix of that name; "
                + "run 'slant rules' to list them", error(draft));
        write(".slant.yml", "packs: [nonesuch]\n");
        assertTrue(error(draft).startsWith(".slant.yml:1: key 'packs': no shipped pack 'nonesuch'; use builtin"));
        write(".slant.yml", config("fail-on: sometimes\n"));
        assertEquals(".slant.yml:2: key 'fail-on': expected suggestion, warning, error or never, got 'sometimes'",
                error(draft));
        write(".slant.yml", config("ignore: ['a[b']\n"));
        assertTrue(error(draft).startsWith(".slant.yml:2: key 'ignore': invalid pattern 'a[b'"), error(draft));
        write(".slant.yml", "rules: [\n");
        assertTrue(error(draft).startsWith(".slant.yml:2: invalid YAML"), error(draft));
    }

    /** The error line for linting the draft, with the folder taken out of paths. */
    private String error(Path draft) {
        CliTest.Run r = run("lint", draft.toString());
        assertEquals(2, r.code(), r.out());
        String shown = dir.toAbsolutePath().toString().replace('\\', '/') + "/";
        return r.err().strip().replace("slant: ", "").replace(shown, "");
    }

    @Test
    void initWritesAStarterThatWorksAndNeverOverwrites() throws IOException {
        CliTest.Run r = run("init", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path file = dir.resolve(".slant.yml");
        String written = Files.readString(file);
        assertTrue(written.startsWith("# slant configuration"));
        CliTest.Run again = run("init", dir.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists; edit it, or use --force to replace it"), again.err());
        assertEquals(written, Files.readString(file), "the existing file is untouched");
        Path draft = write("story.txt", ARTICLE);
        CliTest.Run lint = run("lint", draft.toString());
        assertEquals(1, lint.code(), lint.err());
        assertTrue(lint.out().contains("loaded.descriptor"), lint.out());
        assertEquals(0, run("init", "--force", dir.toString()).code());
    }
}
