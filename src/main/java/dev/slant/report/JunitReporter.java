package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure): a test suite
 * per draft, a failed test case per finding (its text is the compiler-style line), one
 * passed case for a clean draft, and an error for a draft that could not be read.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary s = report.summary();
        int tests = 0;
        for (LintResult r : report.results()) {
            Work.step();
            tests += Math.max(1, r.findings().size());
        }
        try (XmlOut x = new XmlOut(out)) {
            x.start("testsuites").attr("name", "slant").attr("tests", tests).attr("failures", s.findings())
                    .attr("errors", s.unreadable()).attr("time", seconds(report.elapsedMillis()));
            for (LintResult r : report.results()) {
                Work.step();
                suite(x, r);
            }
            x.end(!report.results().isEmpty());
        }
    }

    private static void suite(XmlOut x, LintResult r) throws IOException {
        x.start("testsuite").attr("name", r.path()).attr("tests", Math.max(1, r.findings().size()))
                .attr("failures", r.findings().size()).attr("errors", r.failed() ? 1 : 0);
        if (r.failed()) {
            x.start("testcase").attr("name", "read").attr("classname", r.path());
            x.start("error").attr("message", "cannot read '" + r.path() + "': " + r.error()).end(false);
            x.end(true);
        } else if (r.findings().isEmpty()) {
            x.start("testcase").attr("name", "no findings").attr("classname", r.path()).end(false);
        }
        for (Finding f : r.findings()) {
            Work.step();
            String where = r.path() + ":" + f.start().line() + ":" + f.start().column();
            x.start("testcase").attr("name", f.rule() + " at " + f.start().line() + ":" + f.start().column())
                    .attr("classname", r.path());
            x.start("failure").attr("type", f.severity().label()).attr("message", Messages.withSuggestions(f))
                    .text(where + ": " + f.severity().label() + " [" + f.rule() + "] " + Messages.withSuggestions(f))
                    .end(false);
            x.end(true);
        }
        x.end(true);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
