package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI flows against a real temporary git repository: --diff, --changed-lines, the
 * pre-commit hook of docs/ci.md, and baselines that survive edits elsewhere.
 */
class ChangesAndBaselineTest {

    static final String PACK = Path.of(CliTest.DIR + "pack.yml").toAbsolutePath().toString();

    @TempDir
    Path repo;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(repo.resolve(".slant.yml"), "packs: ['" + PACK.replace('\\', '/') + "']\n");
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.email=t@example.org", "-c", "user.name=t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out;
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Path write(String name, String text) throws IOException {
        return CliTest.writeFile(repo, name, text);
    }

    private void commitFirstDraft() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        git("init", "-q");
        write("news/story.md", "# The mayor\n\nThe diminutive mayor spoke.\n\nThe council met on Friday.\n");
        git("add", ".");
        git("commit", "-q", "-m", "first draft");
    }

    @Test
    void diffReportsOnlyChangedLines() throws Exception {
        commitFirstDraft();
        write("news/story.md", "# The mayor\n\nThe diminutive mayor spoke.\n\nThe council met on Friday. "
                + "The notorious aide touted it.\n");
        git("commit", "-q", "-a", "-m", "second draft");
        CliTest.Run all = run("lint", repo.resolve("news").toString());
        assertTrue(all.out().contains("story.md:3:5"), all.out());
        CliTest.Run changed = run("lint", "--diff", "HEAD~1", repo.resolve("news").toString());
        assertTrue(!changed.out().contains("story.md:3:5"), "line 3 did not change: " + changed.out());
        assertTrue(changed.out().contains("story.md:5:32: warning [test.descriptor] \"notorious\""), changed.out());
        assertTrue(changed.out().contains("story.md:5:47: suggestion [test.verb]"), changed.out());
        assertEquals(1, changed.code());
    }

    @Test
    void preCommitHookChecksStagedAndNewDrafts() throws Exception {
        commitFirstDraft();
        write("news/story.md", "# The mayor\n\nThe diminutive mayor spoke at length.\n\nThe council met on Friday.\n");
        write("news/new.md", "A notorious plan.\n");
        git("add", "news/story.md", "news/new.md");
        // the hook in docs/ci.md: slant lint --diff HEAD on the staged drafts pre-commit passes
        assertTrue(Files.readString(Path.of("docs/ci.md")).contains("entry: slant lint --diff HEAD\n"));
        String staged = git("diff", "--cached", "--name-only", "--diff-filter=ACMR").strip();
        List<String> args = new ArrayList<>(List.of("lint", "--diff", "HEAD"));
        for (String name : staged.split("\n")) {
            args.add(repo.resolve(name).toString());
        }
        CliTest.Run r = run(args.toArray(new String[0]));
        assertTrue(r.out().contains("new.md:1:3: warning [test.descriptor] \"notorious\""), r.out());
        assertTrue(r.out().contains("story.md:3:5: warning [test.descriptor] \"diminutive\""),
                "line 3 changed, so its finding counts: " + r.out());
        assertEquals(1, r.code());
        write("news/story.md", "# The mayor\n\nThe diminutive mayor spoke.\n\nThe council met on Friday.\n");
        write("news/new.md", "A plan.\n");
        git("add", ".");
        CliTest.Run clean = run("lint", "--diff", "HEAD", repo.resolve("news").toString());
        assertEquals(0, clean.code(), clean.out());
    }

    @Test
    void changedLinesReadsAUnifiedDiff() throws Exception {
        commitFirstDraft();
        write("news/story.md", "# The mayor\n\nThe diminutive mayor spoke.\n\nThe notorious council met.\n");
        Path patch = repo.resolve("change.diff");
        Files.writeString(patch, git("diff", "-U0"));
        CliTest.Run r = run("lint", "--changed-lines", patch.toString(), repo.resolve("news/story.md").toString());
        assertTrue(r.out().contains("story.md:5:5: warning [test.descriptor] \"notorious\""), r.out());
        assertTrue(!r.out().contains("story.md:3:5"), r.out());
        Files.writeString(patch, "this is not a diff\n");
        CliTest.Run bad = run("lint", "--changed-lines", patch.toString(), repo.resolve("news/story.md").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a unified diff"), bad.err());
    }

    @Test
    void aBadRevisionSaysSo() throws Exception {
        commitFirstDraft();
        CliTest.Run r = run("lint", "--diff", "no-such-rev", repo.resolve("news").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("slant: --diff no-such-rev: git diff failed: fatal:"), r.err());
    }

    @Test
    void baselineHidesOldFindingsThroughEditsAndShowsNewOnes() throws Exception {
        Path story = write("story.txt", "The diminutive mayor spoke.\n\nThe notorious aide left.\n");
        Path baseline = repo.resolve("slant-baseline.json");
        CliTest.Run wrote = run("lint", "--write-baseline", baseline.toString(), story.toString());
        assertEquals(0, wrote.code());
        assertTrue(wrote.err().contains("wrote 2 findings in 1 file"), wrote.err());
        // edits elsewhere move the old findings to other lines; one new finding
        Files.writeString(story, "A new first paragraph.\n\nThe diminutive mayor spoke.\n\n"
                + "The notorious aide left.\n\nThe mayor touted it.\n");
        CliTest.Run r = run("lint", "--baseline", baseline.toString(), story.toString());
        assertEquals(0, r.code(), "only a suggestion is new: " + r.out());
        assertTrue(r.out().contains("story.txt:7:11: suggestion [test.verb]"), r.out());
        assertTrue(!r.out().contains("test.descriptor"), r.out());
        assertEquals("", r.err());
        // fixing one old finding makes its entry stale; pruning drops it
        Files.writeString(story, "The mayor spoke.\n\nThe notorious aide left.\n");
        CliTest.Run stale = run("lint", "--baseline", baseline.toString(), story.toString());
        assertTrue(stale.err().contains("1 baseline entry is stale")
                && stale.err().contains("story.txt:1 [test.descriptor] \"diminutive\""), stale.err());
        run("lint", "--baseline", baseline.toString(), "--prune-baseline", story.toString());
        String pruned = Files.readString(baseline);
        assertTrue(!pruned.contains("diminutive") && pruned.contains("notorious"), pruned);
        assertEquals("", run("lint", "--baseline", baseline.toString(), story.toString()).err());
    }

    @Test
    void aBrokenBaselineIsAClearError() throws Exception {
        Path story = write("story.txt", "The mayor spoke.\n");
        Path baseline = write("b.json", "{\"findings\": 3}");
        CliTest.Run r = run("lint", "--baseline", baseline.toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a slant baseline"), r.err());
        CliTest.Run missing = run("lint", "--baseline", repo.resolve("none.json").toString(), story.toString());
        assertTrue(missing.err().contains("no such file (write one with --write-baseline)"), missing.err());
    }
}
