package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.eval.AttributionScore;
import dev.slant.eval.Evaluation;
import dev.slant.eval.OverlapScore;
import dev.slant.eval.SentenceScore;
import dev.slant.eval.WordScore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text for {@code slant eval}: the scores of each gold file (docs/eval.md). */
public final class EvalTextReporter {

    private final boolean byRule;
    private final int top;

    /** {@code byRule}: add the per-rule table; {@code top}: how many false positives and misses to list. */
    public EvalTextReporter(boolean byRule, int top) {
        this.byRule = byRule;
        this.top = top;
    }

    public void write(List<Evaluation> evaluations, PrintWriter out) {
        for (Evaluation e : evaluations) {
            Work.step();
            out.printf(Locale.ROOT, "%s: %d records%n", e.path(), e.records());
            if (e.words() != null) {
                words(e.words(), out);
            }
            if (e.sentences() != null) {
                sentences(e.sentences(), out);
            }
            if (e.attribution() != null) {
                attribution(e.attribution(), out);
            }
            if (e.words() == null && e.attribution() == null) {
                out.println("  nothing to score: no loaded spans, labels or attribution spans");
            }
        }
        out.flush();
    }

    private void words(WordScore w, PrintWriter out) {
        out.printf(Locale.ROOT, "  words (%d records, %,d words; flagged = overlapped by a word-choice finding)%n",
                w.records(), w.words());
        out.printf(Locale.ROOT, "    precision %.3f  recall %.3f  F1 %.3f  (flagged %d, gold %d)%n",
                w.precision(), w.recall(), w.f1(), w.flagged(), w.gold());
        out.printf(Locale.ROOT, "    word-choice findings %d (%.1f per 1,000 words), inside quotations %d%n",
                w.findings(), w.findingsPerThousandWords(), w.findingsInQuotes());
        if (top > 0) {
            out.println("    top false positives: " + counts(w.topFalsePositives(top)));
            out.println("    top misses: " + counts(w.topMisses(top)));
        }
        if (byRule) {
            rules(w, out);
        }
    }

    private static void sentences(SentenceScore s, PrintWriter out) {
        out.printf(Locale.ROOT, "  sentences (%d labelled; predicted biased = any word-choice finding)%n",
                s.labelled());
        out.printf(Locale.ROOT, "    precision %.3f  recall %.3f  F1 %.3f  (predicted %d, gold %d)%n",
                s.precision(), s.recall(), s.f1(), s.predictedBiased(), s.goldBiased());
    }

    private static void rules(WordScore w, PrintWriter out) {
        List<Map.Entry<String, WordScore.RuleCounts>> rows = new ArrayList<>(w.byRule().entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue().words(), a.getValue().words()) != 0
                ? Long.compare(b.getValue().words(), a.getValue().words()) : a.getKey().compareTo(b.getKey()));
        int width = "RULE".length();
        for (Map.Entry<String, WordScore.RuleCounts> r : rows) {
            Work.step();
            width = Math.max(width, r.getKey().length());
        }
        String row = "    %-" + width + "s  %8s  %6s  %7s  %9s%n";
        out.printf(Locale.ROOT, row, "RULE", "FINDINGS", "WORDS", "CORRECT", "PRECISION");
        for (Map.Entry<String, WordScore.RuleCounts> r : rows) {
            Work.step();
            WordScore.RuleCounts c = r.getValue();
            out.printf(Locale.ROOT, row, r.getKey(), c.findings(), c.words(), c.correct(),
                    String.format(Locale.ROOT, "%.3f", c.precision()));
        }
    }

    private static void attribution(AttributionScore s, PrintWriter out) {
        out.printf(Locale.ROOT, "  attribution (%d records, overlap match)%n", s.records());
        overlap(out, "cue", s.cue());
        overlap(out, "source", s.source());
        overlap(out, "content", s.content());
        double share = s.claims() == 0 ? 0 : 100.0 * s.claimsInContent() / s.claims();
        out.printf(Locale.ROOT, "    unattributed-claim findings %d, inside attributed content %d (%.1f%%)%n",
                s.claims(), s.claimsInContent(), share);
    }

    private static void overlap(PrintWriter out, String name, OverlapScore o) {
        out.printf(Locale.ROOT, "    %-8s precision %.3f  recall %.3f  F1 %.3f  (predicted %d, gold %d)%n",
                name, o.precision(), o.recall(), o.f1(), o.predicted(), o.gold());
    }

    private static String counts(List<Map.Entry<String, Long>> entries) {
        if (entries.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : entries) {
            Work.step();
            parts.add(e.getKey() + " (" + e.getValue() + ")");
        }
        return String.join(", ", parts);
    }
}
