package dev.slant.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word cue phrases indexed by their first word, so that finding the phrases that
 * start at a word costs one map lookup, not a scan of every phrase.
 */
final class PhraseList {

    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    private final List<List<String>> all = new ArrayList<>();
    private final long firstWordBit;

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

    /** The phrases starting with the word, longest first (empty if none). */
    List<List<String>> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
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
