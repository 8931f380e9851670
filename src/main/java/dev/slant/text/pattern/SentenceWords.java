package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
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
        return new dev.slant.text.Span(doc.tokenStart(first.run[0]), doc.tokenEnd(last.run[last.run.length - 1]));
    }

    /** The words of the sentence; {@code ids} are the document's ({@link PatternWords#of}). */
    public static SentenceWords of(Document doc, Sentence s, PatternWords ids) {
        List<Matcher> runs = new ArrayList<>();
        int[] current = new int[s.endToken() - s.firstToken()];
        int size = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            TokenKind k = doc.tokenKind(i);
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                current[size++] = i;
            } else if (!k.isSpace() && !k.isQuoteMark() && k != TokenKind.APOSTROPHE) {
                size = flush(doc, runs, current, size, ids);
            }
        }
        flush(doc, runs, current, size, ids);
        return new SentenceWords(runs);
    }

    /** Adds the run of the first {@code size} word indexes, if any; the run is then empty. */
    private static int flush(Document doc, List<Matcher> runs, int[] current, int size, PatternWords ids) {
        if (size > 0) {
            runs.add(new Matcher(doc, java.util.Arrays.copyOf(current, size), ids));
        }
        return 0;
    }
}
