package dev.slant.engine;

import java.util.List;

/**
 * Why each sentence of a document counts as a claim (the reason names of the claim rules
 * that found markers in it, whatever its voice); an empty list means it is not a claim.
 */
public record SentenceClaims(List<List<String>> reasons) {

    public SentenceClaims {
        reasons = List.copyOf(reasons);
    }

    public List<String> reasons(int sentence) {
        return reasons.get(sentence);
    }
}
