package dev.slant.text;

/**
 * A sentence: tokens {@code [firstToken, endToken)} (no leading or trailing white space),
 * the paragraph it belongs to, and its text span.
 */
public record Sentence(int index, int paragraph, int firstToken, int endToken, Span span) {
}
