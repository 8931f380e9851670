package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or
 * {@code ::notice} line per finding, which GitHub shows as an annotation on the exact words
 * of the pull request, then the summary line. Values are escaped as the Actions toolkit
 * does ({@code %}, CR and LF everywhere; also {@code :} and {@code ,} in properties).
 * GitHub shows only a few annotations per step, so {@link GithubSummary} also writes a
 * Markdown summary of all findings for the job page.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (LintResult r : report.results()) {
            Work.step();
            if (r.failed()) {
                out.write("::error file=" + property(r.path()) + ",title=" + property("slant: cannot read file")
                        + "::" + data("cannot read '" + r.path() + "': " + r.error()) + "\n");
                continue;
            }
            for (Finding f : r.findings()) {
                Work.step();
                out.write("::" + Messages.bySeverity(f.severity(), "error", "warning", "notice") + " file=" + property(path(r.path()))
                        + ",line=" + f.start().line() + ",col=" + f.start().column()
                        + ",endLine=" + f.end().line() + ",endColumn=" + f.end().column()
                        + ",title=" + property("slant [" + f.rule() + "]")
                        + "::" + data(Messages.withSuggestions(f)) + "\n");
            }
        }
        out.write(TextReporter.summaryLine(report));
        out.write('\n');
        out.flush();
    }

    private static String path(String p) {
        return p.startsWith("./") ? p.substring(2) : p;
    }

    /** Escapes a message as the Actions toolkit's escapeData does. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value as the Actions toolkit's escapeProperty does. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
