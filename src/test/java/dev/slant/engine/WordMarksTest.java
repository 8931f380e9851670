package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.ClaimRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WordMarks} against its definition, read token by token as the engine did before
 * it marked words once per form: every word or number of a sentence that a phrase starts
 * with, that a pattern needs or that may be a count is marked, for exactly those reasons,
 * and no other token is.
 */
class WordMarksTest {

    private static final List<String> TRICKY = List.of(
            "Officials said 12 people, 3% of them aged 33, died in the ’90s and '80s.",
            "The £3bn plan, $5 or €4: don’t, can't. Sen. Smith’s regime's 2-1 win; one hundred and twenty-one.",
            "Critics say the regime was destroyed. “They slammed it,” he said — a very, very bizarre show.",
            "");

    @Test
    void marksEveryWordTheRulesNeedAndNoOther() throws IOException {
        RuleSet set = RuleSet.of(BuiltinPacks.load());
        PatternIndex index = new PatternIndex(set.rules());
        List<ClaimRule> claims = new ArrayList<>();
        for (Rule r : set.rules()) {
            if (r instanceof ClaimRule c) {
                claims.add(c);
            }
        }
        for (String text : texts(set.rules())) {
            Document doc = Document.parse(text);
            FormCache<PhraseMatcher.Known> lookup = set.phraseMatcher().lookup(doc);
            WordMarks marks = new WordMarks(doc, lookup, new FormCache<>(index::requirementsOf, doc), claims);
            for (Sentence s : doc.sentences()) {
                List<String> expected = new ArrayList<>();
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    TokenKind kind = doc.tokenKind(t);
                    if (!kind.isWordLike() && kind != TokenKind.NUMBER) {
                        continue;
                    }
                    String form = doc.form(t);
                    boolean phrase = lookup.at(doc, t).startsAny();
                    boolean anchors = index.requirementsOf(form).length > 0;
                    boolean count = kind == TokenKind.NUMBER || claims.stream().anyMatch(c -> c.isNumberWord(form));
                    if (phrase || anchors || count) {
                        expected.add(t + (phrase ? " phrase" : "") + (anchors ? " anchors" : "") + (count ? " count" : ""));
                    }
                }
                List<String> actual = new ArrayList<>();
                for (int k = marks.start(s); k < marks.end(s); k++) {
                    int t = marks.token(k);
                    boolean count = marks.is(k, WordMarks.MAY_COUNT) && (doc.tokenKind(t) == TokenKind.NUMBER
                            || claims.stream().anyMatch(c -> c.isNumberWord(doc.form(t))));
                    if (marks.is(k, WordMarks.STARTS_PHRASE) || marks.is(k, WordMarks.ANCHORS) || count) {
                        actual.add(t + (marks.is(k, WordMarks.STARTS_PHRASE) ? " phrase" : "")
                                + (marks.is(k, WordMarks.ANCHORS) ? " anchors" : "") + (count ? " count" : ""));
                    }
                }
                assertEquals(expected, actual, doc.text().substring(s.span().start(), s.span().end()));
            }
        }
    }

    /** The tricky sentences, the corpus files and every example of the rules. */
    private static List<String> texts(List<Rule> rules) throws IOException {
        List<String> texts = new ArrayList<>(TRICKY);
        texts.addAll(PatternIndexTest.texts(rules));
        return texts;
    }
}
