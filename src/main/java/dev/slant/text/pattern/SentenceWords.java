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
        this.runs = List.copyOf(runs);
    }

    /** The span of the sentence's words. */
    public dev.slant.text.Span span(Document doc) {
        Matcher first = runs.get(0);
        Matcher last = runs.get(runs.size() - 1);
        return new dev.slant.text.Span(doc.token(first.run[0]).start(), doc.token(last.run[last.run.length - 1]).end());
    }

    public static SentenceWords of(Document doc, Sentence s) {
        List<Matcher> runs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            TokenKind k = doc.token(i).kind();
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                current.add(i);
            } else if (!k.isSpace() && !k.isQuoteMark() && k != TokenKind.APOSTROPHE) {
                flush(doc, runs, current);
            }
        }
        flush(doc, runs, current);
        return new SentenceWords(runs);
    }

    private static void flush(Document doc, List<Matcher> runs, List<Integer> current) {
        if (!current.isEmpty()) {
            runs.add(new Matcher(doc, current.stream().mapToInt(Integer::intValue).toArray()));
            current.clear();
        }
    }
}
