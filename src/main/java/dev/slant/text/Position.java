package dev.slant.text;

/**
 * A place in the text as users and tools see it: 1-based line and column, and the 0-based
 * offset from the start of the text. Columns and offsets count Unicode code points, not
 * UTF-16 units, so "é" and "😀" are one column each.
 */
public record Position(int line, int column, int offset) {
}
