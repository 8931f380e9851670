package dev.slant.report;

import dev.slant.text.Work;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.engine.LintResult;
import dev.slant.engine.SentenceClaims;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Quotation;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JSON for {@code slant analyze} (docs/analyze-format.md): what slant saw in each file:
 * sentences with their voice and claim reasons, quotations, and attribution relations.
 * Offsets count code points, end exclusive.
 */
public final class AnalysisJsonReporter {

    public static final int FORMAT_VERSION = 1;

    /** Writes the analysis of each result; {@code claims} gives each file's claim reasons. */
    public void write(List<LintResult> results, Map<String, SentenceClaims> claims, Writer out) throws IOException {
        try (JsonGenerator g = JsonReporter.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeArrayFieldStart("files");
            for (LintResult r : results) {
                Work.step();
                writeFile(g, r, claims.get(r.path()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFile(JsonGenerator g, LintResult r, SentenceClaims claims) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", r.path());
        if (r.failed() || r.skipped()) {
            g.writeStringField("error", r.failed() ? r.error() : r.note());
            g.writeEndObject();
            return;
        }
        Document doc = r.document();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : doc.sentences()) {
            Work.step();
            g.writeStartObject();
            offsets(g, doc, s.span());
            g.writeStringField("voice", doc.voice(s).label());
            List<String> reasons = claims.reasons(s.index());
            g.writeBooleanField("claim", !reasons.isEmpty());
            g.writeArrayFieldStart("reasons");
            for (String reason : reasons) {
                Work.step();
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quotation q : doc.quotations()) {
            Work.step();
            g.writeStartObject();
            offsets(g, doc, q.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attributions");
        for (Attribution a : doc.attributions()) {
            Work.step();
            g.writeStartObject();
            part(g, doc, "cue", a.cue(), true);
            part(g, doc, "source", a.source(), true);
            part(g, doc, "content", a.content(), false);
            g.writeStringField("type", a.belief() ? "belief" : "report");
            g.writeBooleanField("continues", a.carried());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void part(JsonGenerator g, Document doc, String name, Span span, boolean withText)
            throws IOException {
        if (span == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        offsets(g, doc, span);
        if (withText) {
            g.writeStringField("text", doc.text().substring(span.start(), span.end()));
        }
        g.writeEndObject();
    }

    private static void offsets(JsonGenerator g, Document doc, Span span) throws IOException {
        g.writeNumberField("start", doc.position(span.start()).offset());
        g.writeNumberField("end", doc.endPosition(span.end()).offset());
    }
}
