package dev.slant.eval;

import dev.slant.engine.Finding;
import dev.slant.engine.RuleSet;
import dev.slant.rules.ClaimRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Span;
import dev.slant.text.Token;
import dev.slant.text.TokenKind;
import dev.slant.text.WordForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-level scores against gold {@code loaded} spans: a word is flagged when a
 * word-choice finding overlaps it (sentence-level findings, of claim rules, do not count)
 * and gold when a loaded span overlaps it. Also counts findings per rule, findings inside
 * quotations, and the words most often flagged wrongly or missed.
 */
public final class WordScore {

    public static final String LOADED = "loaded";

    /** One rule's share: findings, words it flagged, and how many of those were gold. */
    public static final class RuleCounts {
        long findings;
        long words;
        long correct;

        public long findings() {
            return findings;
        }

        public long words() {
            return words;
        }

        public long correct() {
            return correct;
        }

        public double precision() {
            return words == 0 ? 0 : (double) correct / words;
        }
    }

    private final RuleSet rules;
    private final boolean excludeQuoted;
    private long records;
    private long words;
    private long truePositive;
    private long falsePositive;
    private long falseNegative;
    private long findings;
    private long findingsInQuotes;
    private final Map<String, RuleCounts> byRule = new HashMap<>();
    private final Map<String, Long> falsePositives = new HashMap<>();
    private final Map<String, Long> misses = new HashMap<>();

    /** {@code excludeQuoted}: leave out gold spans marked as inside a quotation. */
    public WordScore(RuleSet rules, boolean excludeQuoted) {
        this.rules = rules;
        this.excludeQuoted = excludeQuoted;
    }

    /** True if the record carries loaded spans or a sentence label. */
    public static boolean applies(GoldRecord record) {
        return !record.spans(LOADED).isEmpty() || record.label() != null;
    }

    public void add(GoldRecord record, Document doc, List<Finding> all) {
        records++;
        List<Span> gold = new ArrayList<>();
        for (GoldSpan g : record.spans(LOADED)) {
            if (!(excludeQuoted && g.quoted())) {
                gold.add(g.span());
            }
        }
        List<Finding> wordFindings = wordChoice(all);
        for (Finding f : wordFindings) {
            findings++;
            byRule.computeIfAbsent(f.rule(), k -> new RuleCounts()).findings++;
            if (doc.inQuotation(doc.tokenAt(f.span().start()))) {
                findingsInQuotes++;
            }
        }
        for (Token t : doc.tokens()) {
            if (t.kind().isWordLike() || t.kind() == TokenKind.NUMBER) {
                score(doc, t, gold, wordFindings);
            }
        }
    }

    private void score(Document doc, Token t, List<Span> gold, List<Finding> wordFindings) {
        words++;
        Span word = new Span(t.start(), t.end());
        boolean isGold = gold.stream().anyMatch(word::overlaps);
        boolean flagged = false;
        for (Finding f : wordFindings) {
            if (f.span().overlaps(word)) {
                flagged = true;
                RuleCounts c = byRule.get(f.rule());
                c.words++;
                if (isGold) {
                    c.correct++;
                }
            }
        }
        String text = WordForms.normalise(doc.text().substring(t.start(), t.end()));
        if (flagged && isGold) {
            truePositive++;
        } else if (flagged) {
            falsePositive++;
            falsePositives.merge(text, 1L, Long::sum);
        } else if (isGold) {
            falseNegative++;
            misses.merge(text, 1L, Long::sum);
        }
    }

    /**
     * Findings about word choice: not those of claim rules, which flag whole sentences, nor
     * those about sourcing (categories unattributed-claim, vague-attribution,
     * anonymous-source), which judge who is cited rather than the words chosen.
     */
    List<Finding> wordChoice(List<Finding> all) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            Rule rule = rules.find(f.rule());
            if (!(rule instanceof ClaimRule) && !SOURCING.contains(f.category())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The categories of findings about sourcing rather than wording. */
    public static final Set<String> SOURCING = Set.of("unattributed-claim", "vague-attribution", "anonymous-source");

    public long records() {
        return records;
    }

    public long words() {
        return words;
    }

    public long findings() {
        return findings;
    }

    public long findingsInQuotes() {
        return findingsInQuotes;
    }

    public long flagged() {
        return truePositive + falsePositive;
    }

    public long gold() {
        return truePositive + falseNegative;
    }

    public double precision() {
        return flagged() == 0 ? 0 : (double) truePositive / flagged();
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) truePositive / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double findingsPerThousandWords() {
        return words == 0 ? 0 : 1000.0 * findings / words;
    }

    /** Per-rule counts, by rule id. */
    public Map<String, RuleCounts> byRule() {
        return byRule;
    }

    /** The most frequent wrongly flagged words, most frequent first (ties by word). */
    public List<Map.Entry<String, Long>> topFalsePositives(int n) {
        return top(falsePositives, n);
    }

    /** The most frequent missed gold words. */
    public List<Map.Entry<String, Long>> topMisses(int n) {
        return top(misses, n);
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }
}
