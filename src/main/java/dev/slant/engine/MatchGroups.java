package dev.slant.engine;

import dev.slant.text.Work;
import java.util.Comparator;
import java.util.List;

/**
 * One sentence's phrase matches grouped by rule number, costing only what matched: the
 * matches sorted by rule, the rules that have any, and a lookup by rule. (A list with one
 * slot per rule made every sentence cost as much as the rule set is large.)
 */
final class MatchGroups {

    static final MatchGroups NONE = new MatchGroups(List.of());

    /** By rule, then first token, then longest first; one method rather than a chain of three comparators. */
    private static final Comparator<PhraseMatcher.Match> BY_RULE = (a, b) -> {
        if (a.rule() != b.rule()) {
            return Integer.compare(a.rule(), b.rule());
        }
        if (a.firstToken() != b.firstToken()) {
            return Integer.compare(a.firstToken(), b.firstToken());
        }
        return Integer.compare(b.endToken(), a.endToken());
    };

    private final List<PhraseMatcher.Match> sorted;

    private MatchGroups(List<PhraseMatcher.Match> sorted) {
        this.sorted = sorted;
    }

    /** Groups the matches (the list is sorted in place). */
    static MatchGroups of(List<PhraseMatcher.Match> matches) {
        if (matches.isEmpty()) {
            return NONE;
        }
        matches.sort(BY_RULE);
        return new MatchGroups(matches);
    }

    /** The number of matches; groups are found from index 0 with {@link #end}. */
    int size() {
        return sorted.size();
    }

    /** The rule of the group that starts at {@code i}. */
    int ruleAt(int i) {
        return sorted.get(i).rule();
    }

    /** The index just after the group that starts at {@code i}. */
    int end(int i) {
        int r = sorted.get(i).rule();
        int j = i;
        while (j < sorted.size() && sorted.get(j).rule() == r) {
            Work.step();
            j++;
        }
        return j;
    }

    /** The matches of the group [i, j). */
    List<PhraseMatcher.Match> group(int i, int j) {
        return sorted.subList(i, j);
    }

    /** The matches of rule {@code r} (empty if none), by binary search. */
    List<PhraseMatcher.Match> of(int r) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            Work.step();
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).rule() < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == sorted.size() || sorted.get(lo).rule() != r) {
            return List.of();
        }
        return sorted.subList(lo, end(lo));
    }
}
