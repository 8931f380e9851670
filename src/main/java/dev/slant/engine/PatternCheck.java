package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.PatternRule;
import dev.slant.rules.RuleMeta;
import dev.slant.text.Document;
import dev.slant.text.Span;
import dev.slant.text.pattern.PatternMatch;
import dev.slant.text.pattern.SentenceWords;
import dev.slant.text.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link PatternRule} on one sentence: the matches of all its patterns, minus
 * those inside an exception or outside the rule's scope, leftmost longest first.
 */
final class PatternCheck {

    private PatternCheck() {
    }

    /** A finding that says the rule gave up on this sentence, so nothing is skipped in silence. */
    private static Finding gaveUp(Document doc, PatternRule rule, TokenPattern pattern, SentenceWords words) {
        Span span = words.span(doc);
        RuleMeta meta = rule.meta();
        String message = "slant gave up matching the pattern '" + pattern.source() + "' of this rule here: it needs "
                + "too many steps on this sentence; simplify the pattern (docs/rules.md)";
        return new Finding(meta.id(), meta.category(), dev.slant.rules.Severity.WARNING, message, span,
                doc.position(span.start()), doc.endPosition(span.end()), doc.text().substring(span.start(), span.end()),
                java.util.List.of());
    }

    private static final Comparator<PatternMatch> LEFTMOST_LONGEST = Comparator.comparingInt(PatternMatch::first)
            .thenComparingInt(m -> -m.end());

    /**
     * {@code words} are the sentence's words, shared by every pattern rule; only the rule's
     * patterns that {@code candidates} holds (from {@code first} on) can match.
     */
    static void check(Document doc, SentenceWords words, PatternRule rule, BitSet candidates, int first,
            List<PhraseMatcher.Match> exceptions, List<Finding> out) {
        List<PatternMatch> matches = null;
        List<TokenPattern> patterns = rule.tokenPatterns();
        for (int p = candidates.nextSetBit(first); p >= 0 && p < first + patterns.size();
                p = candidates.nextSetBit(p + 1)) {
            List<PatternMatch> found;
            try {
                found = patterns.get(p - first).find(words);
            } catch (dev.slant.text.pattern.TooMuchWork e) {
                out.add(gaveUp(doc, rule, patterns.get(p - first), words));
                continue;
            }
            if (!found.isEmpty()) {
                if (matches == null) {
                    matches = new ArrayList<>();
                }
                matches.addAll(found);
            }
        }
        if (matches == null) {
            return;
        }
        matches.sort(LEFTMOST_LONGEST);
        int coveredUntil = -1;
        RuleMeta meta = rule.meta();
        ExceptionSpans spans = ExceptionSpans.of(exceptions);
        for (PatternMatch m : matches) {
            Work.step();
            if (m.first() < coveredUntil || spans.covers(m.first(), m.end())
                    || !meta.scope().admits(doc.inQuotation(m.first()))) {
                continue;
            }
            coveredUntil = m.end();
            Span span = new Span(doc.tokenStart(m.first()), doc.tokenEnd(m.end() - 1));
            String text = doc.text().substring(span.start(), span.end());
            out.add(new Finding(meta.id(), meta.category(), meta.severity(), meta.messageFor(text), span,
                    doc.position(span.start()), doc.endPosition(span.end()), text, meta.suggestions()));
        }
    }
}
