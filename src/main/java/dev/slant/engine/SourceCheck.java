package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.SourceRule;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import java.util.List;

/** Runs a {@link SourceRule} on the attributions of one sentence. */
final class SourceCheck {

    private SourceCheck() {
    }

    static void check(Document doc, Sentence s, SourceRule rule, List<PhraseMatcher.Match> matches,
            SourceWords sourceWords, List<Finding> out) {
        if (!matches.isEmpty()) {
            return; // an "unless" phrase gives a reason: "on condition of anonymity because …"
        }
        List<Attribution> attributions = sourceWords.attributions();
        for (int k = 0; k < attributions.size(); k++) {
            Work.step();
            Attribution a = attributions.get(k);
            if (a.source() != null && sourceWords.mayBeVague(k, a.source(), rule)
                    && rule.isVague(sourceWords.of(k, a.source()))) {
                Span span = new Span(Math.min(a.source().start(), a.cue().start()),
                        Math.max(a.source().end(), a.cue().end()));
                String text = doc.text().substring(span.start(), span.end());
                out.add(new Finding(rule.id(), rule.meta().category(), rule.meta().severity(),
                        rule.meta().messageFor(text), span, doc.position(span.start()), doc.endPosition(span.end()),
                        text, rule.meta().suggestions()));
            }
        }
    }
}
