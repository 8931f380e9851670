package dev.slant.cli;

import dev.slant.baseline.Baseline;
import dev.slant.baseline.BaselineFile;
import dev.slant.engine.LintResult;
import dev.slant.engine.Source;
import dev.slant.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** --baseline, --write-baseline and --prune-baseline: accept today's findings, report only new ones. */
final class BaselineOptions {

    private static final int MAX_STALE_SHOWN = 10;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline file; list its stale entries.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every current finding in FILE (by fingerprint, not line) and exit 0.")
    Path writeBaseline;

    @Option(names = "--prune-baseline",
            description = "With --baseline: drop the stale entries (of the drafts checked) from the file.")
    boolean prune;

    void check() {
        if (prune && baseline == null) {
            throw new UserException("--prune-baseline needs --baseline FILE");
        }
    }

    boolean writing() {
        return writeBaseline != null;
    }

    /** True if a baseline is written or read (baselines know findings by fingerprint). */
    boolean inUse() {
        return writeBaseline != null || baseline != null;
    }

    /** Writes all findings of the run to the --write-baseline file; returns a line for the user. */
    String write(Plan plan, List<LintResult> results) {
        Path base = folderOf(writeBaseline);
        Map<String, List<dev.slant.engine.Finding>> byPath = new LinkedHashMap<>();
        int files = 0;
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).failed()) {
                byPath.put(key(base, plan.items().get(i).task().source()), results.get(i).findings());
                files += results.get(i).findings().isEmpty() ? 0 : 1;
            }
        }
        Baseline b = Baseline.of(byPath);
        Output.replace(writeBaseline, w -> w.write(BaselineFile.write(b)));
        return "slant: wrote " + TextReporter.count(b.entries().size(), "finding") + " in "
                + TextReporter.count(files, "file") + " to " + RuleOptions.display(writeBaseline);
    }

    /** The results without the findings the baseline holds; reports stale entries on {@code err}. */
    List<LintResult> filter(Plan plan, List<LintResult> results, PrintWriter err) {
        if (baseline == null) {
            return results;
        }
        Baseline b = read(baseline);
        Path base = folderOf(baseline);
        List<LintResult> out = new ArrayList<>();
        List<Baseline.Entry> stale = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            LintResult r = results.get(i);
            if (r.failed()) {
                out.add(r);
                continue;
            }
            Baseline.Outcome o = b.apply(key(base, plan.items().get(i).task().source()), r.findings());
            stale.addAll(o.stale());
            out.add(r.withFindings(o.fresh()));
        }
        if (!stale.isEmpty()) {
            if (prune) {
                Set<Baseline.Entry> drop = new HashSet<>(stale);
                Output.replace(baseline, w -> w.write(BaselineFile.write(b.without(drop))));
                err.println("slant: dropped " + stale.size() + " stale entr" + (stale.size() == 1 ? "y" : "ies")
                        + " from " + RuleOptions.display(baseline));
            } else {
                reportStale(stale, err);
            }
            err.flush();
        }
        return out;
    }

    private void reportStale(List<Baseline.Entry> stale, PrintWriter err) {
        err.println("slant: " + stale.size() + " baseline entr" + (stale.size() == 1 ? "y is" : "ies are")
                + " stale (the finding is fixed or its sentence changed); --prune-baseline drops them:");
        for (int i = 0; i < stale.size() && i < MAX_STALE_SHOWN; i++) {
            Baseline.Entry e = stale.get(i);
            err.println("  " + e.path() + ":" + e.line() + " [" + e.rule() + "] \"" + e.text() + "\"");
        }
        if (stale.size() > MAX_STALE_SHOWN) {
            err.println("  … and " + (stale.size() - MAX_STALE_SHOWN) + " more");
        }
    }

    private static Baseline read(Path file) {
        try {
            return BaselineFile.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read baseline '" + RuleOptions.display(file)
                    + "': no such file (write one with --write-baseline)");
        } catch (IOException e) {
            throw new UserException("cannot read baseline '" + RuleOptions.display(file) + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException("baseline '" + RuleOptions.display(file) + "' is " + e.getMessage());
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** The draft's path relative to the baseline's folder, "/" between folders ("&lt;stdin&gt;" as is). */
    private static String key(Path base, Source s) {
        if (s.file() == null) {
            return s.path();
        }
        Path abs = s.file().toAbsolutePath().normalize();
        Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
