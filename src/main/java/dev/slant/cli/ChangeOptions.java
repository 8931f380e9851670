package dev.slant.cli;

import dev.slant.changes.ChangedLines;
import dev.slant.changes.Git;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.engine.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** --diff and --changed-lines: keep only findings on lines a change touched. */
final class ChangeOptions {

    @Option(names = "--diff", paramLabel = "REV",
            description = "Report only findings on lines changed since the git revision REV "
                    + "(committed, staged or not; files git does not track yet count as all new).")
    String diff;

    @Option(names = "--changed-lines", paramLabel = "FILE",
            description = "Report only findings on lines added or changed by this unified diff "
                    + "(as 'git diff -U0' writes it; paths relative to the repository root, else the working folder).")
    Path changedLines;

    void check() {
        if (diff != null && changedLines != null) {
            throw new UserException("use --diff or --changed-lines, not both");
        }
    }

    /** The results with only the findings on changed lines. */
    List<LintResult> filter(Plan plan, List<LintResult> results) {
        if (diff == null && changedLines == null) {
            return results;
        }
        ChangedLines changes = changes(repositoryFolder(plan));
        List<LintResult> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            LintResult r = results.get(i);
            Source s = plan.items().get(i).task().source();
            if (r.failed() || s.file() == null) {
                out.add(r); // standard input has no lines in the repository: keep all
                continue;
            }
            List<Finding> kept = new ArrayList<>();
            for (Finding f : r.findings()) {
                if (changes.touches(s.file(), f.start().line(), f.end().line())) {
                    kept.add(f);
                }
            }
            out.add(r.withFindings(kept));
        }
        return out;
    }

    /** Where to ask git: the folder of the first draft named (the working folder for standard input). */
    private static Path repositoryFolder(Plan plan) {
        for (Plan.Item i : plan.items()) {
            Path file = i.task().source().file();
            if (file != null && file.toAbsolutePath().getParent() != null) {
                return file.toAbsolutePath().getParent();
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private ChangedLines changes(Path here) {
        try {
            if (diff != null) {
                return Git.changedSince(diff, here);
            }
            if (changedLines != null) {
                Path root = Git.root(here);
                return ChangedLines.parse(read(changedLines), root != null ? root : here, Set.of());
            }
            return null; // not reached: the caller checks that an option was given
        } catch (Git.GitException e) {
            throw new UserException("--diff " + diff + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException("--changed-lines " + RuleOptions.display(changedLines) + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read '" + RuleOptions.display(file) + "': no such file");
        } catch (IOException e) {
            throw new UserException("cannot read '" + RuleOptions.display(file) + "': " + e.getMessage());
        }
    }
}
