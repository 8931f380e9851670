package dev.slant.eval;

import dev.slant.text.Span;

/** A labelled span of a gold record, in UTF-16 offsets into the record's text. */
public record GoldSpan(Span span, String kind, String relation) {
}
