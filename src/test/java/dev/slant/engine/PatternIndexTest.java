package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.Example;
import dev.slant.rules.PatternRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.pattern.PatternWords;
import dev.slant.text.pattern.SentenceWords;
import dev.slant.text.pattern.TokenPattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidate patterns of a sentence lose no match: every pattern of the shipped packs
 * that matches a sentence of the test corpus or of a rule's examples (or gives up on it)
 * is among the sentence's
 * candidates, now that a pattern needs a word of each of its anchor sets, not only of the
 * first.
 */
class PatternIndexTest {

    @Test
    void everyPatternThatMatchesIsACandidate() throws IOException {
        RuleSet set = RuleSet.of(BuiltinPacks.load());
        List<Rule> rules = set.rules();
        PatternIndex index = new PatternIndex(rules);
        int matched = 0;
        for (String text : texts(rules)) {
            Document doc = Document.parse(text);
            PatternWords words = PatternWords.of(doc);
            FormCache<long[]> required = new FormCache<>(index::requirementsOf, doc);
            WordMarks marks = new WordMarks(doc, set.phraseMatcher().lookup(doc), required, List.of());
            BitSet out = new BitSet();
            long[] met = index.newMet();
            for (Sentence s : doc.sentences()) {
                BitSet candidates = index.candidates(doc, s, marks, required, out, met);
                SentenceWords sentenceWords = SentenceWords.of(doc, s, words);
                for (int r = 0; r < rules.size(); r++) {
                    if (!(rules.get(r) instanceof PatternRule rule)) {
                        continue;
                    }
                    List<TokenPattern> patterns = rule.tokenPatterns();
                    for (int p = 0; p < patterns.size(); p++) {
                        boolean matches;
                        try {
                            matches = !patterns.get(p).find(sentenceWords).isEmpty();
                        } catch (dev.slant.text.pattern.TooMuchWork e) {
                            matches = true;
                        }
                        if (matches) {
                            matched++;
                            assertTrue(candidates.get(index.start(r) + p),
                                    patterns.get(p).source() + " matches but is no candidate: "
                                            + doc.text().substring(s.span().start(), s.span().end()));
                        }
                    }
                }
            }
        }
        assertTrue(matched > 40, "the corpus exercises the patterns: " + matched);
    }

    /** The corpus files, and every example of the rules, one text each. */
    static List<String> texts(List<Rule> rules) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : CorpusTest.corpus()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        for (Rule rule : rules) {
            for (Example example : rule.meta().examples()) {
                texts.add(example.text());
            }
        }
        return texts;
    }
}
