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

    PhraseList(List<String> texts) {
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

    /** The first words of the phrases. */
    Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** Every phrase. */
    List<List<String>> all() {
        return all;
    }
}
