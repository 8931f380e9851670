package dev.slant.engine;

import dev.slant.rules.PhraseRule;
import dev.slant.rules.RuleMeta;
import dev.slant.text.Document;
import dev.slant.text.Span;
import java.util.List;

/**
 * Runs a {@link PhraseRule} on its matches in one sentence: drops matches inside an
 * exception, keeps the leftmost longest of overlapping ones, and keeps those in the
 * rule's scope.
 */
final class PhraseCheck {

    private PhraseCheck() {
    }

    /** {@code matches} are this rule's, sorted by first token and then longest first. */
    static void check(Document doc, PhraseRule rule, List<PhraseMatcher.Match> matches, List<Finding> out) {
        int coveredUntil = -1;
        for (PhraseMatcher.Match m : matches) {
            if (m.exception() || m.firstToken() < coveredUntil || insideException(m, matches)) {
                continue;
            }
            if (!rule.meta().scope().admits(doc.inQuotation(m.firstToken()))) {
                continue;
            }
            coveredUntil = m.endToken();
            out.add(finding(doc, rule.meta(), rule.suggestionsFor(m.term()), m));
        }
    }

    private static boolean insideException(PhraseMatcher.Match m, List<PhraseMatcher.Match> all) {
        for (PhraseMatcher.Match e : all) {
            if (e.exception() && e.firstToken() <= m.firstToken() && m.endToken() <= e.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Document doc, RuleMeta meta, List<String> suggestions, PhraseMatcher.Match m) {
        Span span = new Span(doc.token(m.firstToken()).start(), doc.token(m.endToken() - 1).end());
        String text = doc.text().substring(span.start(), span.end());
        return new Finding(meta.id(), meta.category(), meta.severity(), meta.messageFor(text), span,
                doc.position(span.start()), doc.position(span.end()), text, suggestions);
    }
}
