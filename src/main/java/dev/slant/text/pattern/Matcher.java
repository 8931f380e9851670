package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Document;
import dev.slant.text.WordForms;

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
    final int[] run;
    /** The forms without a possessive ending, by position; null when no word of the run has one. */
    private final String[] bare;
    private java.util.Set<String> formSet;
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
        budget = (long) STEPS_PER_WORD * (run.length + 1);
    }

    /** One step of matching; gives up when the budget is spent. */
    void tick() {
        if (--budget < 0) {
            throw new TooMuchWork();
        }
    }

    Matcher(Document doc, int[] run) {
        this.doc = doc;
        this.run = run;
        String[] b = null; // most runs have no possessive: no array for them
        for (int i = 0; i < run.length; i++) {
            Work.step();
            String without = WordForms.withoutPossessive(doc.form(run[i]));
            if (without != null) {
                if (b == null) {
                    b = new String[run.length];
                }
                b[i] = without;
            }
        }
        this.bare = b;
    }

    int length() {
        return run.length;
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

    /** True if some word of the run has one of the forms (possessives stripped too). */
    boolean containsAny(java.util.Set<String> wanted) {
        if (wanted.size() <= 2 * run.length) {
            java.util.Set<String> present = formSet();
            for (String w : wanted) {
                Work.step();
                if (present.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < run.length; i++) {
            Work.step();
            String without = bare(i);
            if (wanted.contains(form(i)) || (without != null && wanted.contains(without))) {
                return true;
            }
        }
        return false;
    }

    /** The forms of the run's words, with and without possessives, built once. */
    private java.util.Set<String> formSet() {
        if (formSet == null) {
            java.util.Set<String> set = new java.util.HashSet<>(run.length * 3);
            for (int i = 0; i < run.length; i++) {
                Work.step();
                set.add(form(i));
                if (bare(i) != null) {
                    set.add(bare(i));
                }
            }
            formSet = set;
        }
        return formSet;
    }

    /** The normalised form of word {@code pos}. */
    String form(int pos) {
        return doc.form(run[pos]);
    }

    /** The form without a possessive ending, or null. */
    String bare(int pos) {
        return bare == null ? null : bare[pos];
    }

    /** The word as written, with curly apostrophes straightened. */
    String exact(int pos) {
        return doc.tokenText(run[pos]).replace('\u2019', '\'');
    }
}
