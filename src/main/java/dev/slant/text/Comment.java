package dev.slant.text;

/**
 * A comment in the draft ({@code <!-- … -->}), where directives to slant live.
 *
 * @param start the UTF-16 offset of "&lt;!--" in the source file
 * @param end   the offset just after "--&gt;"
 * @param body  the text between the markers, trimmed
 */
public record Comment(int start, int end, String body) {
}
