package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compiled pattern over the words of a sentence (syntax: grammar/SlantPattern.g4,
 * docs/rules.md). Words are the word and number tokens; punctuation other than quotation
 * marks, apostrophes and hyphens splits a sentence into runs, and a match never crosses
 * from one run to the next. Immutable and thread-safe.
 */
public final class TokenPattern {

    private final String source;
    private final Node root;
    private final Set<String> anchor;
    private final List<Set<String>> anchors;
    private final IdSet anchorIds; // the anchor's word ids; null without an anchor
    private final IdSet firstIds; // the ids of the words a match can start with; null for any word

    private TokenPattern(String source, Node root) {
        this.source = source;
        this.root = root;
        this.anchor = root.anchor();
        this.anchors = root.anchors();
        this.anchorIds = anchor == null ? null : WordIds.of(anchor);
        Set<String> first = root.first();
        this.firstIds = first == null ? null : WordIds.of(first);
    }

    /** Compiles a pattern; word classes are looked up in {@code classes}. */
    public static TokenPattern compile(String source, WordClasses classes) {
        return new TokenPattern(source, PatternCompiler.compile(source, classes));
    }

    public String source() {
        return source;
    }

    /** Words one of which every match contains (lower case), or null when there are none to require. */
    public Set<String> anchor() {
        return anchor;
    }

    /**
     * Sets of words of which every match contains one each, {@link #anchor} first; empty
     * when the anchor is null. A sentence that lacks a word of any of them cannot match.
     */
    public List<Set<String>> anchors() {
        return anchors;
    }

    /** The non-overlapping matches in the sentence, leftmost first, each as long as possible. */
    public List<PatternMatch> find(Document doc, Sentence s) {
        return find(SentenceWords.of(doc, s, PatternWords.of(doc)));
    }

    /**
     * As {@link #find(Document, Sentence)}, on words already split into runs.
     *
     * @throws TooMuchWork when the pattern needs more steps on a run than ordinary
     *                             patterns ever do (a guard against patterns that backtrack wildly)
     */
    public List<PatternMatch> find(SentenceWords words) {
        List<PatternMatch> out = List.of();
        for (int r = 0; r < words.runs.size(); r++) {
            Work.step();
            Matcher m = words.runs.get(r);
            if (anchorIds != null && !m.containsAny(anchorIds)) {
                continue; // no word this pattern needs
            }
            m.resetBudget();
            int start = 0;
            while (start < m.length()) {
                Work.step();
                if ((firstIds != null && !m.has(firstIds, start)) || !longestAt(m, start)) {
                    start++;
                    continue;
                }
                int first = m.bestReportStart >= 0 ? m.bestReportStart : start;
                int end = m.bestReportEnd >= 0 ? m.bestReportEnd : m.bestEnd;
                if (end > first) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new PatternMatch(m.token(first), m.token(end - 1) + 1));
                }
                start = Math.max(m.bestEnd, start + 1);
            }
        }
        return out;
    }

    /**
     * True if a match starts at {@code start}; the longest one's end and reported part are
     * then in the matcher ({@link Matcher#bestEnd}, {@link Matcher#bestReportStart},
     * {@link Matcher#bestReportEnd}).
     */
    private boolean longestAt(Matcher m, int start) {
        m.from = start;
        m.bestEnd = -1;
        m.bestReportStart = -1;
        m.bestReportEnd = -1;
        m.reportStart = -1;
        m.reportEnd = -1;
        root.match(m, start, m.longest());
        return m.bestEnd >= 0;
    }
}
