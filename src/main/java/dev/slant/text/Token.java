package dev.slant.text;

/**
 * One token of a document: its kind and its place in the text as UTF-16 offsets
 * ({@code start} inclusive, {@code end} exclusive), so {@code text.substring(start, end)}
 * is the token's text. Reporters convert offsets to code points through {@link LineIndex}.
 */
public record Token(TokenKind kind, int start, int end) {

    public Token {
        if (kind == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + kind + " " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The token's text, cut from the document text it was made from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
