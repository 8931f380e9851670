package dev.slant.report;

import dev.slant.text.Work;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.eval.AttributionScore;
import dev.slant.eval.Evaluation;
import dev.slant.eval.OverlapScore;
import dev.slant.eval.SentenceScore;
import dev.slant.eval.WordScore;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** JSON for {@code slant eval} (docs/eval.md), version 1. */
public final class EvalJsonReporter {

    public static final int FORMAT_VERSION = 1;

    private final int top;

    public EvalJsonReporter(int top) {
        this.top = top;
    }

    public void write(List<Evaluation> evaluations, Writer out) throws IOException {
        try (JsonGenerator g = JsonReporter.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeArrayFieldStart("files");
            for (Evaluation e : evaluations) {
                Work.step();
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeNumberField("records", e.records());
                if (e.words() != null) {
                    words(g, e.words());
                }
                if (e.sentences() != null) {
                    sentences(g, e.sentences());
                }
                if (e.attribution() != null) {
                    attribution(g, e.attribution());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void words(JsonGenerator g, WordScore w) throws IOException {
        g.writeObjectFieldStart("words");
        g.writeNumberField("records", w.records());
        g.writeNumberField("words", w.words());
        prf(g, w.precision(), w.recall(), w.f1());
        g.writeNumberField("flagged", w.flagged());
        g.writeNumberField("gold", w.gold());
        g.writeNumberField("findings", w.findings());
        g.writeNumberField("findingsPerThousandWords", round(w.findingsPerThousandWords()));
        g.writeNumberField("findingsInQuotations", w.findingsInQuotes());
        counts(g, "topFalsePositives", w.topFalsePositives(top));
        counts(g, "topMisses", w.topMisses(top));
        g.writeArrayFieldStart("rules");
        for (Map.Entry<String, WordScore.RuleCounts> r : w.byRule().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            g.writeStartObject();
            g.writeStringField("rule", r.getKey());
            g.writeNumberField("findings", r.getValue().findings());
            g.writeNumberField("words", r.getValue().words());
            g.writeNumberField("correct", r.getValue().correct());
            g.writeNumberField("precision", round(r.getValue().precision()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void sentences(JsonGenerator g, SentenceScore s) throws IOException {
        g.writeObjectFieldStart("sentences");
        g.writeNumberField("labelled", s.labelled());
        prf(g, s.precision(), s.recall(), s.f1());
        g.writeNumberField("predicted", s.predictedBiased());
        g.writeNumberField("gold", s.goldBiased());
        g.writeEndObject();
    }

    private static void attribution(JsonGenerator g, AttributionScore s) throws IOException {
        g.writeObjectFieldStart("attribution");
        g.writeNumberField("records", s.records());
        overlap(g, "cue", s.cue());
        overlap(g, "source", s.source());
        overlap(g, "content", s.content());
        g.writeNumberField("claims", s.claims());
        g.writeNumberField("claimsInContent", s.claimsInContent());
        g.writeEndObject();
    }

    private static void overlap(JsonGenerator g, String name, OverlapScore o) throws IOException {
        g.writeObjectFieldStart(name);
        prf(g, o.precision(), o.recall(), o.f1());
        g.writeNumberField("predicted", o.predicted());
        g.writeNumberField("gold", o.gold());
        g.writeEndObject();
    }

    private static void prf(JsonGenerator g, double p, double r, double f) throws IOException {
        g.writeNumberField("precision", round(p));
        g.writeNumberField("recall", round(r));
        g.writeNumberField("f1", round(f));
    }

    private static void counts(JsonGenerator g, String name, List<Map.Entry<String, Long>> entries) throws IOException {
        g.writeArrayFieldStart(name);
        for (Map.Entry<String, Long> e : entries) {
            Work.step();
            g.writeStartObject();
            g.writeStringField("word", e.getKey());
            g.writeNumberField("count", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
