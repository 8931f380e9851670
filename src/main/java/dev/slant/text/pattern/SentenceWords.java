package dev.slant.text.pattern;

import dev.slant.text.Document;
import dev.slant.text.Sentence;
import java.util.List;

/**
 * The words of one sentence as patterns see them: runs of words split at punctuation,
 * each with its normalised forms, computed once and shared by every pattern.
 */
public final class SentenceWords {

    final List<Matcher> runs;

    private SentenceWords(List<Matcher> runs) {
        this.runs = runs; // built here and only read: no copy
    }

    /** The span of the sentence's words. */
    public dev.slant.text.Span span(Document doc) {
        Matcher first = runs.get(0);
        Matcher last = runs.get(runs.size() - 1);
        return new dev.slant.text.Span(doc.tokenStart(first.token(0)), doc.tokenEnd(last.token(last.length() - 1)));
    }

    /**
     * The words of the sentence; {@code ids} are the document's ({@link PatternWords#of}),
     * read from what they {@link PatternWords#load loaded} for it when they did.
     */
    public static SentenceWords of(Document doc, Sentence s, PatternWords ids) {
        return new SentenceWords(ids.runs(s));
    }
}
