package dev.slant.text.pattern;

import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled pattern over the words of a sentence (syntax: grammar/SlantPattern.g4,
 * docs/rules.md). Words are the word and number tokens; punctuation other than quotation
 * marks, apostrophes and hyphens splits a sentence into runs, and a match never crosses
 * from one run to the next. Immutable and thread-safe.
 */
public final class TokenPattern {

    private final String source;
    private final Node root;

    private TokenPattern(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** Compiles a pattern; word classes are looked up in {@code classes}. */
    public static TokenPattern compile(String source, WordClasses classes) {
        return new TokenPattern(source, PatternCompiler.compile(source, classes));
    }

    public String source() {
        return source;
    }

    /** The non-overlapping matches in the sentence, leftmost first, each as long as possible. */
    public List<PatternMatch> find(Document doc, Sentence s) {
        List<PatternMatch> out = new ArrayList<>();
        for (int[] run : runs(doc, s)) {
            Matcher m = new Matcher(doc, run);
            int start = 0;
            while (start < run.length) {
                int[] best = longestAt(m, start);
                if (best == null) {
                    start++;
                    continue;
                }
                int first = best[1] >= 0 ? best[1] : start;
                int end = best[2] >= 0 ? best[2] : best[0];
                if (end > first) {
                    out.add(new PatternMatch(run[first], run[end - 1] + 1));
                }
                start = Math.max(best[0], start + 1);
            }
        }
        return out;
    }

    /** {end, reportStart, reportEnd} of the longest match starting at {@code start}, or null. */
    private int[] longestAt(Matcher m, int start) {
        int[] best = {-1, -1, -1};
        m.reportStart = -1;
        m.reportEnd = -1;
        root.match(m, start, end -> {
            if (end > start && end > best[0]) {
                best[0] = end;
                best[1] = m.reportStart;
                best[2] = m.reportEnd;
            }
            return false; // keep looking for a longer one
        });
        return best[0] < 0 ? null : best;
    }

    /** The sentence's words, split at punctuation that ends a run. */
    private static List<int[]> runs(Document doc, Sentence s) {
        List<int[]> runs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            TokenKind k = doc.token(i).kind();
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                current.add(i);
            } else if (!k.isSpace() && !k.isQuoteMark() && k != TokenKind.APOSTROPHE) {
                flush(runs, current);
            }
        }
        flush(runs, current);
        return runs;
    }

    private static void flush(List<int[]> runs, List<Integer> current) {
        if (!current.isEmpty()) {
            runs.add(current.stream().mapToInt(Integer::intValue).toArray());
            current.clear();
        }
    }
}
