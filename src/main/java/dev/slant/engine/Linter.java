package dev.slant.engine;

import dev.slant.rules.PhraseRule;
import dev.slant.rules.RuleMeta;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link RuleSet} over documents: sentence in, findings out, sorted by position.
 * Stateless apart from the immutable rule set, so one linter serves many threads.
 */
public final class Linter {

    /** Findings in reading order; ties broken by rule id so output is stable. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::rule);

    private final RuleSet rules;

    public Linter(RuleSet rules) {
        this.rules = rules;
    }

    public RuleSet rules() {
        return rules;
    }

    public List<Finding> lint(String text) {
        return lint(Document.parse(text));
    }

    public List<Finding> lint(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            phraseFindings(doc, sentence, out);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private void phraseFindings(Document doc, Sentence sentence, List<Finding> out) {
        List<PhraseMatcher.Match> matches = rules.phraseMatcher().match(doc, sentence);
        if (matches.isEmpty()) {
            return;
        }
        matches.sort(Comparator.comparingInt(PhraseMatcher.Match::rule)
                .thenComparingInt(PhraseMatcher.Match::firstToken)
                .thenComparingInt(m -> -m.endToken()));
        int i = 0;
        while (i < matches.size()) {
            int j = i;
            while (j < matches.size() && matches.get(j).rule() == matches.get(i).rule()) {
                j++;
            }
            resolve(doc, rules.phraseRules().get(matches.get(i).rule()), matches.subList(i, j), out);
            i = j;
        }
    }

    /**
     * One rule's matches in one sentence: drop those inside an exception, keep the leftmost
     * longest of overlapping ones, and keep those in the rule's scope.
     */
    private static void resolve(Document doc, PhraseRule rule, List<PhraseMatcher.Match> matches,
            List<Finding> out) {
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
