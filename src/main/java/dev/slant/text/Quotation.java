package dev.slant.text;

/**
 * A direct quotation: the words between quotation marks, marks included.
 *
 * @param span        the text from the opening mark to the closing mark (or, when the
 *                    quotation is never closed, to the end of the paragraph it runs into)
 * @param openToken   index of the opening mark
 * @param closeToken  index of the closing mark, or -1 when unclosed
 * @param single      true for single quotation marks
 * @param nested      true when it lies inside another quotation
 * @param paragraphs  how many paragraphs it runs over (1 for most)
 * @param block       true for a block quotation of a marked-up draft (Markdown "&gt;", HTML
 *                    blockquote), which has no marks: {@code openToken} is then its first
 *                    token and {@code closeToken} its last
 */
public record Quotation(Span span, int openToken, int closeToken, boolean single, boolean nested,
        int paragraphs, boolean block) {

    public boolean closed() {
        return closeToken >= 0;
    }
}
