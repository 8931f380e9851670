package dev.slant.text.pattern;

/**
 * A match of a pattern in a sentence: tokens {@code [first, end)} of the reported part
 * (the bracketed part, or the whole match when the pattern has no brackets).
 */
public record PatternMatch(int first, int end) {
}
