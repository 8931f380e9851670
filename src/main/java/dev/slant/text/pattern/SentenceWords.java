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
        return new dev.slant.text.Span(doc.tokenStart(first.token(0)), doc.tokenEnd(last.token(last.length() - 1)));
    }

    /**
     * The words of the sentence; {@code ids} are the document's ({@link PatternWords#of}).
     * The runs share three arrays for the whole sentence rather than having their own.
     */
    public static SentenceWords of(Document doc, Sentence s, PatternWords ids) {
        int most = s.endToken() - s.firstToken();
        int[] words = new int[most];
        int[] wordIds = new int[most];
        int[] bareIds = null; // most sentences have no possessive a pattern tests: no array for them
        int[] ends = new int[most + 1]; // where each run ends, as an index into words
        int runs = 0;
        int size = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            TokenKind k = doc.tokenKind(i);
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                words[size] = i;
                wordIds[size] = ids.id(i);
                int bare = ids.bareId(i);
                if (bare >= 0) {
                    if (bareIds == null) {
                        bareIds = new int[most];
                        java.util.Arrays.fill(bareIds, -1);
                    }
                    bareIds[size] = bare;
                }
                size++;
            } else if (!k.isSpace() && !k.isQuoteMark() && k != TokenKind.APOSTROPHE
                    && size > (runs == 0 ? 0 : ends[runs - 1])) {
                ends[runs++] = size; // punctuation ends a run that has words
            }
        }
        if (size > (runs == 0 ? 0 : ends[runs - 1])) {
            ends[runs++] = size;
        }
        List<Matcher> out = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            Work.step();
            int start = r == 0 ? 0 : ends[r - 1];
            out.add(new Matcher(doc, words, wordIds, bareIds, start, ends[r] - start));
        }
        return new SentenceWords(out);
    }
}
