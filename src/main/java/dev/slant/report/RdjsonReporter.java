package dev.slant.report;

import dev.slant.text.Work;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.text.LineIndex;
import dev.slant.text.Position;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reviewdog Diagnostic Format (rdjson), for reviewdog to post review comments with
 * suggested changes: a diagnostic per finding with its rule as the code and each
 * suggestion as a replacement of the finding's range. As the format requires, columns
 * count UTF-8 bytes (1-based).
 */
public final class RdjsonReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = JsonReporter.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("name", "slant");
            g.writeEndObject();
            g.writeArrayFieldStart("diagnostics");
            for (LintResult r : report.results()) {
                Work.step();
                if (r.failed()) {
                    g.writeStartObject();
                    g.writeStringField("message", "cannot read '" + r.path() + "': " + r.error());
                    g.writeObjectFieldStart("location");
                    g.writeStringField("path", r.path());
                    g.writeEndObject();
                    g.writeStringField("severity", "ERROR");
                    g.writeEndObject();
                    continue;
                }
                for (Finding f : r.findings()) {
                    Work.step();
                    diagnostic(g, report, r, f);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void diagnostic(JsonGenerator g, Report report, LintResult r, Finding f) throws IOException {
        LineIndex lines = r.lines();
        g.writeStartObject();
        g.writeStringField("message", f.message());
        g.writeObjectFieldStart("location");
        g.writeStringField("path", r.path());
        range(g, lines, f);
        g.writeEndObject();
        g.writeStringField("severity", Messages.bySeverity(f.severity(), "ERROR", "WARNING", "INFO"));
        g.writeObjectFieldStart("code");
        g.writeStringField("value", f.rule());
        RuleText text = RuleText.of(report, f);
        if (text.link() != null) {
            g.writeStringField("url", text.link());
        }
        g.writeEndObject();
        if (!f.suggestions().isEmpty()) {
            g.writeArrayFieldStart("suggestions");
            for (String s : f.suggestions()) {
                Work.step();
                g.writeStartObject();
                range(g, lines, f);
                g.writeStringField("text", s);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, LineIndex lines, Finding f) throws IOException {
        g.writeObjectFieldStart("range");
        position(g, "start", lines, f.start());
        position(g, "end", lines, f.end());
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, String name, LineIndex lines, Position p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", byteColumn(lines, p));
        g.writeEndObject();
    }

    /** The 1-based UTF-8 byte column of a position, counting only the line's start up to it. */
    static int byteColumn(LineIndex lines, Position p) {
        String text = lines.text();
        int start = lines.lineStart(p.line());
        int at = lines.offset(p);
        boolean ascii = true;
        for (int i = start; i < at && ascii; i++) {
            Work.step();
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return at - start + 1; // the usual case, without building the prefix
        }
        return text.substring(start, at).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** The 1-based UTF-8 byte column of a 1-based code point column. */
    static int byteColumn(String line, int column) {
        int cps = Math.min(column - 1, line.codePointCount(0, line.length()));
        String before = line.substring(0, line.offsetByCodePoints(0, cps));
        return before.getBytes(StandardCharsets.UTF_8).length + (column - 1 - cps) + 1;
    }
}
