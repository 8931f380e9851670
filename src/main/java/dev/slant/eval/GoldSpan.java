package dev.slant.eval;

import dev.slant.text.Span;

/**
 * A labelled span of a gold record, in UTF-16 offsets into the record's text.
 *
 * @param quoted true when the gold file marks the span as inside a quotation
 *               ({@code "quote": "yes"}, as BASIL does)
 */
public record GoldSpan(Span span, String kind, String relation, boolean quoted) {
}
