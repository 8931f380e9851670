package dev.slant.eval;

import java.util.List;

/**
 * One record of a gold file: a sentence or an article with labelled spans, and an
 * optional sentence-level label ("biased" / "non-biased").
 */
public record GoldRecord(String id, String text, String label, List<GoldSpan> spans) {

    public GoldRecord {
        spans = List.copyOf(spans);
    }

    /** The record's spans of one kind. */
    public List<GoldSpan> spans(String kind) {
        return spans.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
