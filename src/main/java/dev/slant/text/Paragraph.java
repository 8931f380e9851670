package dev.slant.text;

/**
 * A paragraph: tokens {@code [firstToken, endToken)} and the span of its text without
 * surrounding white space.
 */
public record Paragraph(int index, int firstToken, int endToken, Span span) {
}
