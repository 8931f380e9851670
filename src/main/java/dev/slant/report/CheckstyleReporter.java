package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML, which many CI tools and code review bots read: a {@code file} element per
 * draft with an {@code error} element per finding (severity error, warning or info;
 * {@code source} is "slant." and the rule id). Columns count code points.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (XmlOut x = new XmlOut(out)) {
            x.start("checkstyle").attr("version", "4.3");
            for (LintResult r : report.results()) {
                Work.step();
                x.start("file").attr("name", r.path());
                if (r.failed()) {
                    x.start("error").attr("line", 1).attr("severity", "error")
                            .attr("message", "cannot read '" + r.path() + "': " + r.error())
                            .attr("source", "slant").end(false);
                }
                for (Finding f : r.findings()) {
                    Work.step();
                    x.start("error").attr("line", f.start().line()).attr("column", f.start().column())
                            .attr("severity", Messages.bySeverity(f.severity(), "error", "warning", "info")).attr("message", Messages.withSuggestions(f))
                            .attr("source", "slant." + f.rule()).end(false);
                }
                x.end(r.failed() || !r.findings().isEmpty());
            }
            x.end(!report.results().isEmpty());
        }
    }
}
