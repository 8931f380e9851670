package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.PatternRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which patterns of a rule set can match a sentence at all. Most patterns need one of a
 * few words (their anchor: "regime" in "the [_ regime]"); the index maps each anchor word
 * to the patterns that need it, so a sentence costs one lookup per word, not one scan per
 * pattern. Patterns without an anchor are always candidates.
 */
final class PatternIndex {

    private final int[] ruleStart; // by rule number: the id of its first pattern, or -1
    private final Map<String, int[]> byWord = new HashMap<>();
    private final BitSet unanchored = new BitSet();
    private final int size;

    PatternIndex(List<Rule> rules) {
        ruleStart = new int[rules.size()];
        Map<String, List<Integer>> words = new HashMap<>();
        int id = 0;
        for (int r = 0; r < rules.size(); r++) {
            Work.step();
            ruleStart[r] = -1;
            if (!(rules.get(r) instanceof PatternRule)) {
                continue;
            }
            ruleStart[r] = id;
            for (TokenPattern p : ((PatternRule) rules.get(r)).tokenPatterns()) {
                Work.step();
                Set<String> anchor = p.anchor();
                if (anchor == null) {
                    unanchored.set(id);
                } else {
                    for (String w : anchor) {
                        Work.step();
                        words.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
                    }
                }
                id++;
            }
        }
        size = id;
        words.forEach((w, ids) -> byWord.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The patterns anchored by each of the document's forms, for {@link #candidates}. */
    FormCache lookup(Document doc) {
        return new FormCache(this::anchored, doc);
    }

    /**
     * The ids of the patterns that may match the sentence (rule start + pattern index);
     * {@code lookup} from {@link #lookup} of this document.
     */
    BitSet candidates(Document doc, Sentence s, FormCache lookup) {
        BitSet out = (BitSet) unanchored.clone();
        if (byWord.isEmpty()) {
            return out;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            if (!doc.form(i).isEmpty()) {
                mark(lookup.idsAt(doc, i), out);
            }
        }
        return out;
    }

    /** The patterns anchored by the form, with its possessive ending or without (the same id may come twice). */
    private int[] anchored(String form) {
        return FormCache.withBareForm(byWord, form);
    }

    private static void mark(int[] ids, BitSet out) {
        if (ids != null) {
            for (int id : ids) { // an id twice sets the same bit
                Work.step();
                out.set(id);
            }
        }
    }

    /** The id of the first pattern of rule {@code r}. */
    int start(int r) {
        return ruleStart[r];
    }

    boolean isEmpty() {
        return size == 0;
    }
}
