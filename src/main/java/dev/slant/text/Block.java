package dev.slant.text;

/**
 * A block of prose taken from a marked-up draft: a heading, paragraph, list item, caption.
 *
 * @param span   where it is in the document text
 * @param part   which part of the article it is
 * @param quoted true inside a block quotation (Markdown "&gt;", HTML blockquote): the
 *               words are someone else's, like a direct quotation
 */
public record Block(Span span, Part part, boolean quoted) {
}
