package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.FramingRule;
import dev.slant.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Runs a {@link FramingRule} over a whole document: every term of a side is flagged with
 * the neutral terms as suggestions, and when the article also uses a term of another group
 * (the neutral terms or another side) for the same thing, the message says so.
 */
final class FramingCheck {

    private final FramingRule rule;
    private final List<PhraseMatcher.Match> occurrences = new ArrayList<>();

    FramingCheck(FramingRule rule) {
        this.rule = rule;
    }

    /** Adds one sentence's matches of this rule (sorted by first token, longest first). */
    void add(Document doc, List<PhraseMatcher.Match> matches) {
        occurrences.addAll(PhraseCheck.select(doc, rule.meta().scope(), matches));
    }

    /** The findings, once every sentence has been added. */
    void finish(Document doc, List<Finding> out) {
        Map<String, PhraseMatcher.Match> firstOfGroup = new LinkedHashMap<>(); // in order of first use
        for (PhraseMatcher.Match m : occurrences) {
            Work.step();
            firstOfGroup.putIfAbsent(rule.groupOf(m.term()), m);
        }
        for (PhraseMatcher.Match m : occurrences) {
            Work.step();
            String group = rule.groupOf(m.term());
            if (group.equals(FramingRule.NEUTRAL)) {
                continue;
            }
            String text = PhraseCheck.text(doc, m);
            String message = rule.meta().messageFor(text);
            PhraseMatcher.Match other = firstOfAnotherGroup(firstOfGroup, group);
            if (other != null) {
                message += "; this article also says \"" + PhraseCheck.text(doc, other) + "\"";
            }
            out.add(PhraseCheck.finding(doc, rule.meta(), message, rule.neutral(), m));
        }
    }

    /** The first use of a group other than {@code group}: groups are few, so this is cheap per call. */
    private static PhraseMatcher.Match firstOfAnotherGroup(Map<String, PhraseMatcher.Match> firstOfGroup,
            String group) {
        for (Map.Entry<String, PhraseMatcher.Match> e : firstOfGroup.entrySet()) {
            Work.step();
            if (!e.getKey().equals(group)) {
                return e.getValue(); // the map is in order of first use
            }
        }
        return null;
    }
}
