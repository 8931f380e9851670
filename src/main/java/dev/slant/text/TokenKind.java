package dev.slant.text;

/**
 * What a token is. The text layer's own vocabulary: nothing outside this package sees the
 * ANTLR token types this enum is mapped from.
 */
public enum TokenKind {
    /** Letters and digits with internal apostrophes or hyphens: "flag-draped", "Moscow’s". */
    WORD,
    /** Letter-dot sequences: "U.S.", "a.m.". The final period belongs to the token. */
    INITIALISM,
    /** Numbers as news writes them: "12,000", "3.9%", "$1.9", "7-2", "1990s". */
    NUMBER,
    URL,
    EMAIL,
    HANDLE,
    HASHTAG,
    /** Straight double quote {@code "}: opens or closes, decided by the quotation finder. */
    DOUBLE_QUOTE,
    /** “ or «. */
    OPEN_DOUBLE_QUOTE,
    /** ” or ». */
    CLOSE_DOUBLE_QUOTE,
    /** Straight single quote {@code '} that is not an apostrophe. */
    SINGLE_QUOTE,
    /** ‘ */
    OPEN_SINGLE_QUOTE,
    /** ’ that is not an apostrophe. */
    CLOSE_SINGLE_QUOTE,
    /** ' or ’ glued to the end of a word ending in s: "the soldiers’ families". */
    APOSTROPHE,
    /** — – ― or --. */
    DASH,
    /** … or ... */
    ELLIPSIS,
    /** Sentence punctuation: . ! ? and runs such as ?! */
    TERMINAL,
    /** Any other punctuation or symbol. */
    PUNCT,
    /** A blank line: a paragraph break. */
    PARAGRAPH_BREAK,
    /** A single line break. */
    NEWLINE,
    /** Horizontal white space. */
    SPACE,
    /** Anything else (a control character, an unassigned code point). */
    OTHER;

    /** True for tokens that carry words a rule can match. */
    public boolean isWordLike() {
        return this == WORD || this == INITIALISM;
    }

    /** True for white space that does not break a paragraph. */
    public boolean isSpace() {
        return this == SPACE || this == NEWLINE;
    }

    /** True for any quotation mark (not an apostrophe). */
    public boolean isQuoteMark() {
        return this == DOUBLE_QUOTE || this == OPEN_DOUBLE_QUOTE || this == CLOSE_DOUBLE_QUOTE
                || this == SINGLE_QUOTE || this == OPEN_SINGLE_QUOTE || this == CLOSE_SINGLE_QUOTE;
    }
}
