package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.PatternRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.WordForms;
import dev.slant.text.pattern.PatternWords;
import dev.slant.text.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which patterns of a rule set can match a sentence at all. Most patterns need one of a
 * few words (their anchor: "regime" in "the [_ regime]"), and often one of a few others
 * as well (each required item's words, {@link TokenPattern#anchors}); the index maps
 * each such word to the requirements it meets, so a sentence costs one lookup per word
 * that meets any, not one scan per pattern, and a pattern is a candidate only when all
 * its requirements are met. Words are looked up by their pattern word ids ({@link
 * PatternWords}), which every anchor word has. Patterns without an anchor are always
 * candidates.
 */
final class PatternIndex {

    private final int[] ruleStart; // by rule number: the id of its first pattern, or -1
    private final int[][] byWord; // by pattern word id (PatternWords.idOf): the requirements it meets
    /**
     * By requirement: the pattern it belongs to. A requirement is one of a pattern's
     * {@link TokenPattern#anchors}, numbered in pattern order, a pattern's first being its
     * anchor.
     */
    private final int[] patternOf;
    private final long[][] needs; // by pattern id: the bit set of its requirements; no bit if unanchored
    private final long[] anchors; // the bit set of the requirements that are a pattern's first (its anchor)
    private final BitSet unanchored = new BitSet();
    private final int size;

    private static final long[] NONE = new long[0];

    PatternIndex(List<Rule> rules) {
        ruleStart = new int[rules.size()];
        Map<String, List<Integer>> words = new HashMap<>();
        List<Integer> owners = new ArrayList<>();
        List<int[]> owned = new ArrayList<>(); // by pattern id: its requirements
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
                List<Set<String>> anchors = p.anchors();
                if (anchors.isEmpty()) {
                    unanchored.set(id);
                }
                int[] own = new int[anchors.size()];
                for (int a = 0; a < anchors.size(); a++) {
                    Work.step();
                    int requirement = owners.size();
                    owners.add(id);
                    own[a] = requirement;
                    for (String w : anchors.get(a)) {
                        Work.step();
                        words.computeIfAbsent(w, k -> new ArrayList<>()).add(requirement);
                    }
                }
                owned.add(own);
                id++;
            }
        }
        size = id;
        patternOf = owners.stream().mapToInt(Integer::intValue).toArray();
        this.anchors = new long[(owners.size() + 63) >>> 6];
        this.needs = new long[owned.size()][];
        for (int p = 0; p < owned.size(); p++) {
            Work.step();
            needs[p] = bits(owned.get(p));
            if (owned.get(p).length > 0) {
                anchors[owned.get(p)[0] >>> 6] |= 1L << owned.get(p)[0];
            }
        }
        int most = -1;
        for (String w : words.keySet()) {
            Work.step();
            most = Math.max(most, PatternWords.idOf(w));
        }
        byWord = new int[most + 1][];
        words.forEach((w, ids) -> byWord[PatternWords.idOf(w)] = ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A scratch set of requirements for {@link #candidates}, one per document and thread. */
    long[] newMet() {
        return new long[anchors.length];
    }

    /**
     * The ids of the patterns that may match the sentence (rule start + pattern index), in
     * {@code out} (cleared first): those without an anchor, and those the sentence has a
     * word of each {@link TokenPattern#anchors anchor set} for. {@code marks} are the
     * document's (only the words marked {@link WordMarks#ANCHORS} are read), {@code
     * required} its cache of {@link #requirementsOf}; {@code met} is the caller's scratch
     * set ({@link #newMet}) for the requirements the words meet (the index itself is shared
     * by threads).
     */
    BitSet candidates(Document doc, Sentence s, WordMarks marks, FormCache<long[]> required, BitSet out,
            long[] met) {
        out.clear();
        out.or(unanchored);
        Arrays.fill(met, 0);
        for (int k = marks.start(s); k < marks.end(s); k++) {
            Work.step();
            if (marks.is(k, WordMarks.ANCHORS)) {
                long[] bits = required.at(doc, marks.token(k));
                for (int w = 0; w < bits.length; w++) {
                    Work.step();
                    met[w] |= bits[w];
                }
            }
        }
        for (int w = 0; w < met.length; w++) {
            Work.step();
            for (long first = met[w] & anchors[w]; first != 0; first &= first - 1) { // each pattern once, by its anchor
                Work.step();
                int p = patternOf[(w << 6) + Long.numberOfTrailingZeros(first)];
                if (meetsAll(needs[p], met)) {
                    out.set(p);
                }
            }
        }
        return out;
    }

    private static boolean meetsAll(long[] needed, long[] met) {
        for (int w = 0; w < needed.length; w++) {
            Work.step();
            if ((met[w] & needed[w]) != needed[w]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The requirements a word form meets, by its id and by that of the form without its
     * possessive ending ("regime's" as "regime"), as a bit set for {@link #candidates};
     * empty (no words) if none.
     */
    long[] requirementsOf(String form) {
        int[] own = anchored(PatternWords.idOf(form));
        int[] bare = anchored(PatternWords.idOf(WordForms.withoutPossessive(form)));
        if (own == null && bare == null) {
            return NONE;
        }
        long[] out = bits(own == null ? new int[0] : own);
        for (int q : bare == null ? new int[0] : bare) {
            Work.step();
            out[q >>> 6] |= 1L << q;
        }
        return out;
    }

    /** The requirements as a bit set of {@link #newMet}'s size. */
    private long[] bits(int[] requirements) {
        long[] out = new long[anchors.length];
        for (int q : requirements) {
            Work.step();
            out[q >>> 6] |= 1L << q;
        }
        return out;
    }

    /** The requirements met by a word id (-1 for none), or null. */
    private int[] anchored(int word) {
        return word >= 0 && word < byWord.length ? byWord[word] : null;
    }

    /** The id of the first pattern of rule {@code r}. */
    int start(int r) {
        return ruleStart[r];
    }

    boolean isEmpty() {
        return size == 0;
    }
}
