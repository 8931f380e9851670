package dev.slant.rules;

import java.util.List;

/**
 * One token sequence a phrase rule matches: a spelling variant of one of its terms (or
 * exceptions). Each word is a normalised form; an inflected word also matches the
 * forms {@link dev.slant.text.Inflector} generates from it.
 *
 * @param words     the normalised words, in order
 * @param inflected for each word, whether its inflected forms match too
 * @param term      index of the term (or exception) in its list
 * @param exception true if this is an exception pattern
 */
public record PhrasePattern(List<String> words, List<Boolean> inflected, int term, boolean exception) {

    public PhrasePattern {
        words = List.copyOf(words);
        inflected = List.copyOf(inflected);
        if (words.isEmpty() || words.size() != inflected.size()) {
            throw new IllegalArgumentException("bad pattern " + words);
        }
    }
}
