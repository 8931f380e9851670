package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.LintResult;
import dev.slant.engine.SentenceClaims;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Position;
import dev.slant.text.Quotation;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Text for {@code slant analyze}: one line per sentence (position, voice, claim reasons,
 * the sentence), its attributions indented below, then the quotations.
 */
public final class AnalysisTextReporter {

    private static final int MAX_TEXT = 90;

    public void write(List<LintResult> results, Map<String, SentenceClaims> claims, Writer out) throws IOException {
        for (LintResult r : results) {
            Work.step();
            out.write(r.path() + "\n");
            if (r.failed() || r.skipped()) {
                out.write("  " + (r.failed() ? "error: " + r.error() : r.note()) + "\n");
                continue;
            }
            Document doc = r.document();
            SentenceClaims c = claims.get(r.path());
            for (Sentence s : doc.sentences()) {
                Work.step();
                List<String> reasons = c.reasons(s.index());
                String claim = reasons.isEmpty() ? "" : "claim: " + String.join(", ", reasons);
                out.write(String.format("  %-7s %-10s %-24s %s%n", at(doc, s.span().start()), doc.voice(s).label(),
                        claim, shorten(text(doc, s.span()))));
                for (Attribution a : doc.attributions(s)) {
                    Work.step();
                    out.write("          cue \"" + text(doc, a.cue()) + "\""
                            + (a.source() == null ? "  no source" : "  source \"" + text(doc, a.source()) + "\"")
                            + (a.carried() ? " (continues)" : "")
                            + (a.belief() ? " (belief)" : "")
                            + (a.content() == null ? "" : "  content " + at(doc, a.content().start()) + "-"
                                    + at(doc, a.content().end()))
                            + "\n");
                }
            }
            for (Quotation q : doc.quotations()) {
                Work.step();
                out.write("  quote " + at(doc, q.span().start()) + "-" + end(doc, q.span().end())
                        + (q.closed() ? "" : " (not closed)") + "\n");
            }
        }
        out.flush();
    }

    private static String at(Document doc, int offset) {
        Position p = doc.position(offset);
        return p.line() + ":" + p.column();
    }

    private static String end(Document doc, int offset) {
        Position p = doc.endPosition(offset);
        return p.line() + ":" + p.column();
    }

    private static String text(Document doc, Span span) {
        return doc.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= MAX_TEXT ? s : s.substring(0, s.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }
}
