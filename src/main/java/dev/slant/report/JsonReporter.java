package dev.slant.report;

import dev.slant.text.Work;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON report, a documented contract (docs/json-format.md): version 1. Positions are
 * 1-based lines and columns and 0-based offsets, all counted in code points, end exclusive.
 */
public final class JsonReporter implements Reporter {

    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "slant");
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (LintResult r : report.results()) {
                Work.step();
                writeFile(g, r);
            }
            g.writeEndArray();
            writeSummary(g, report.summary());
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** A generator for slant's JSON: pretty-printed with "\n" line ends, leaving {@code out} open. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(prettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(separators);
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return pp;
    }

    private static void writeFile(JsonGenerator g, LintResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", r.path());
        if (r.failed()) {
            g.writeStringField("error", r.error());
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            Work.step();
            writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        g.writeNumberField("line", f.start().line());
        g.writeNumberField("column", f.start().column());
        g.writeNumberField("endLine", f.end().line());
        g.writeNumberField("endColumn", f.end().column());
        g.writeNumberField("start", f.start().offset());
        g.writeNumberField("end", f.end().offset());
        g.writeStringField("text", f.text());
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            Work.step();
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("unreadable", s.unreadable());
        g.writeNumberField("findings", s.findings());
        g.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : s.bySeverity().entrySet()) {
            Work.step();
            g.writeNumberField(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byCategory");
        for (Map.Entry<String, Integer> e : s.byCategory().entrySet()) {
            Work.step();
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
