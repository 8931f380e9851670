package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.rules.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * A Markdown summary of a run for a GitHub Actions job page ($GITHUB_STEP_SUMMARY): the
 * counts, then a table of findings (the first {@value #MAX_ROWS}), since GitHub shows only
 * a few annotations per step.
 */
public final class GithubSummary implements Reporter {

    static final int MAX_ROWS = 500;

    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary s = report.summary();
        out.write("## slant\n\n");
        out.write(s.findings() == 0 ? "No findings" : TextReporter.count(s.findings(), "finding"));
        out.write(" in " + TextReporter.count(s.files(), "file"));
        if (s.findings() > 0) {
            out.write(": " + TextReporter.count(s.bySeverity().get(Severity.ERROR), "error") + ", "
                    + TextReporter.count(s.bySeverity().get(Severity.WARNING), "warning") + ", "
                    + TextReporter.count(s.bySeverity().get(Severity.SUGGESTION), "suggestion"));
        }
        out.write(".\n");
        if (s.unreadable() > 0) {
            out.write("\n" + TextReporter.count(s.unreadable(), "file") + " could not be read.\n");
        }
        if (s.findings() > 0) {
            out.write("\n| where | severity | rule | message |\n|---|---|---|---|\n");
            int rows = 0;
            for (LintResult r : report.results()) {
                Work.step();
                for (Finding f : r.findings()) {
                    Work.step();
                    if (rows++ == MAX_ROWS) {
                        out.write("\n…and " + (s.findings() - MAX_ROWS) + " more; see the full report.\n");
                        out.flush();
                        return;
                    }
                    out.write("| `" + cell(r.path()) + ":" + f.start().line() + ":" + f.start().column() + "` | "
                            + f.severity().label() + " | `" + f.rule() + "` | " + cell(Messages.withSuggestions(f))
                            + " |\n");
                }
            }
        }
        out.flush();
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("\r", " ").replace("\n", " ");
    }
}
