package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.PhraseRule;
import dev.slant.rules.RuleMeta;
import dev.slant.rules.Scope;
import dev.slant.text.Document;
import dev.slant.text.Span;
import java.util.ArrayList;
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
        for (PhraseMatcher.Match m : select(doc, rule.meta().scope(), matches)) {
            Work.step();
            out.add(finding(doc, rule.meta(), rule.meta().messageFor(text(doc, m)), rule.suggestionsFor(m.term()), m));
        }
    }

    /**
     * The matches that count: not exceptions, not inside an exception, in scope, and not
     * overlapping an earlier one. {@code matches} are sorted by first token, longest first.
     */
    static List<PhraseMatcher.Match> select(Document doc, Scope scope, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> out = new ArrayList<>();
        ExceptionSpans exceptions = ExceptionSpans.of(matches);
        int coveredUntil = -1;
        for (PhraseMatcher.Match m : matches) {
            Work.step();
            if (m.exception() || m.firstToken() < coveredUntil || exceptions.covers(m.firstToken(), m.endToken())
                    || !scope.admits(doc.inQuotation(m.firstToken()))) {
                continue;
            }
            coveredUntil = m.endToken();
            out.add(m);
        }
        return out;
    }

    static String text(Document doc, PhraseMatcher.Match m) {
        return doc.text().substring(doc.tokenStart(m.firstToken()), doc.tokenEnd(m.endToken() - 1));
    }

    static Finding finding(Document doc, RuleMeta meta, String message, List<String> suggestions,
            PhraseMatcher.Match m) {
        Span span = new Span(doc.tokenStart(m.firstToken()), doc.tokenEnd(m.endToken() - 1));
        return new Finding(meta.id(), meta.category(), meta.severity(), message, span,
                doc.position(span.start()), doc.endPosition(span.end()), text(doc, m), suggestions);
    }
}
