package dev.slant.text.pattern;

/** A pattern that does not parse or names an unknown word class; {@code column} is 1-based in the pattern. */
public final class PatternException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;

    public PatternException(int column, String message) {
        super("column " + column + " of the pattern: " + message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
