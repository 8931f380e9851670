package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Document;

/**
 * The state of matching one pattern against one run of words: the run's token indexes,
 * their normalised forms, and the bounds of the reported part found so far.
 */
final class Matcher {

    /** Continues the match after a node, at word position {@code pos}. */
    @FunctionalInterface
    interface Continuation {
        boolean at(int pos);
    }

    final Document doc;
    /** The token indexes of the sentence's words; the run is {@code [offset, offset + length)} of them. */
    private final int[] words;
    /** The {@link WordIds} of the sentence's words, by the same index. */
    private final int[] ids;
    /** The ids of the words without a possessive ending; null when no word of the sentence has one a pattern tests. */
    private final int[] bareIds;
    private final int offset;
    private final int length;
    int reportStart = -1;
    int reportEnd = -1;
    private long budget;
    /** The longest match found from {@link #from}: its end and reported part (see {@link #longest}). */
    int from;
    int bestEnd;
    int bestReportStart;
    int bestReportEnd;
    private Continuation longest;

    /** Steps allowed per word of a run: ordinary patterns take a handful. */
    static final int STEPS_PER_WORD = 2_000;

    /** Starts the step budget for one pattern on this run. */
    void resetBudget() {
        budget = (long) STEPS_PER_WORD * (length + 1);
    }

    /** One step of matching; gives up when the budget is spent. */
    void tick() {
        if (--budget < 0) {
            throw new TooMuchWork();
        }
    }

    /** A run of the sentence's words, which shares the sentence's arrays (see {@link SentenceWords}). */
    Matcher(Document doc, int[] words, int[] ids, int[] bareIds, int offset, int length) {
        this.doc = doc;
        this.words = words;
        this.ids = ids;
        this.bareIds = bareIds;
        this.offset = offset;
        this.length = length;
    }

    int length() {
        return length;
    }

    /** The token index of the word at {@code pos}. */
    int token(int pos) {
        return words[offset + pos];
    }

    /**
     * A continuation that records the longest match from {@link #from} in {@link #bestEnd},
     * {@link #bestReportStart} and {@link #bestReportEnd} and keeps looking; one per run,
     * made when first needed.
     */
    Continuation longest() {
        if (longest == null) {
            longest = end -> {
                if (end > from && end > bestEnd) {
                    bestEnd = end;
                    bestReportStart = reportStart;
                    bestReportEnd = reportEnd;
                }
                return false; // keep looking for a longer one
            };
        }
        return longest;
    }

    /** True if some word of the run has one of the ids (possessives stripped too). */
    boolean containsAny(IdSet wanted) {
        for (int i = 0; i < length; i++) {
            Work.step();
            if (has(wanted, i)) {
                return true;
            }
        }
        return false;
    }

    /** True if the word at {@code pos}, or the word without its possessive ending, is in the set. */
    boolean has(IdSet set, int pos) {
        return set.contains(ids[offset + pos]) || (bareIds != null && set.contains(bareIds[offset + pos]));
    }

    /** The word as written, with curly apostrophes straightened. */
    String exact(int pos) {
        return doc.tokenText(token(pos)).replace('\u2019', '\'');
    }
}
