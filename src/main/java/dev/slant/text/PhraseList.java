package dev.slant.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Multi-word cue phrases indexed by their first word, so that finding the phrases that
 * start at a word costs one array read (by the word's id), not a scan of every phrase.
 */
final class PhraseList {

    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    private final List<List<String>> all = new ArrayList<>();
    private final long firstWordBit;
    /**
     * The phrases as word ids ({@link #useIds}), by the id of their first word, longest
     * first; an empty array for an id no phrase starts with.
     */
    private int[][][] byFirstId = new int[0][][];

    private static final int[][] NONE = new int[0][];

    /**
     * {@code firstWordBit}: the {@link AttributionLexicon#bits} bit its lexicon gives the
     * first words of these phrases, so that a word's bits rule out most words without a
     * map lookup ({@link TokenView#matchAny}).
     */
    PhraseList(List<String> texts, long firstWordBit) {
        this.firstWordBit = firstWordBit;
        for (String text : texts) {
            Work.step();
            List<String> words = List.of(text.toLowerCase(Locale.ROOT).split(" "));
            all.add(words);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        for (List<List<String>> list : byFirstWord.values()) {
            Work.step();
            list.sort((a, b) -> b.size() - a.size()); // longest first
        }
    }

    /**
     * Keeps the phrases as the ids of their words ({@link AttributionLexicon#wordId}), so
     * that {@link TokenView} compares a text's words with them as ints, found by an array
     * read instead of a map lookup. {@code wordId} gives each word of the phrases its id
     * (distinct words, distinct ids, none 0).
     */
    void useIds(ToIntFunction<String> wordId) {
        int[][][] table = new int[0][][];
        for (Map.Entry<String, List<List<String>>> e : byFirstWord.entrySet()) {
            Work.step();
            int first = wordId.applyAsInt(e.getKey());
            if (first >= table.length) {
                table = Arrays.copyOf(table, first + 1);
            }
            int[][] phrases = new int[e.getValue().size()][];
            for (int p = 0; p < phrases.length; p++) {
                Work.step();
                phrases[p] = e.getValue().get(p).stream().mapToInt(wordId).toArray();
            }
            table[first] = phrases;
        }
        for (int id = 0; id < table.length; id++) {
            Work.step();
            table[id] = table[id] == null ? NONE : table[id];
        }
        byFirstId = table;
    }

    /**
     * The phrases whose first word has the id ({@link #useIds}), as word ids, longest first
     * (empty if none).
     */
    int[][] startingWith(int firstWordId) {
        return firstWordId < byFirstId.length ? byFirstId[firstWordId] : NONE;
    }

    /** The lexicon bit of the phrases' first words (see the constructor). */
    long firstWordBit() {
        return firstWordBit;
    }

    /** The first words of the phrases. */
    Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** Every phrase. */
    List<List<String>> all() {
        return all;
    }
}
