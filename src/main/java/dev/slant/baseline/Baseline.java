package dev.slant.baseline;

import dev.slant.engine.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings a team has accepted for now, by draft and fingerprint (not by line, so edits
 * elsewhere do not bring them back). A run with a baseline reports only new findings; a
 * baseline entry whose finding is gone is stale.
 *
 * @param entries the accepted findings, sorted by path, line and rule
 */
public record Baseline(List<Entry> entries) {

    /** One accepted finding; {@code rule}, {@code text} and {@code line} are for people reading the file. */
    public record Entry(String path, String rule, String fingerprint, String text, int line) {
    }

    /** The findings of one draft that a baseline did not hide, and its entries for that draft that matched nothing. */
    public record Outcome(List<Finding> fresh, List<Entry> stale) {
    }

    public Baseline {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> {
            int c = a.path().compareTo(b.path());
            c = c != 0 ? c : Integer.compare(a.line(), b.line());
            c = c != 0 ? c : a.rule().compareTo(b.rule());
            return c != 0 ? c : a.fingerprint().compareTo(b.fingerprint());
        });
        entries = List.copyOf(sorted);
    }

    /** A baseline of the findings of some drafts, by path. */
    public static Baseline of(Map<String, List<Finding>> findingsByPath) {
        List<Entry> out = new ArrayList<>();
        findingsByPath.forEach((path, findings) -> {
            for (Finding f : findings) {
                out.add(new Entry(path, f.rule(), f.fingerprint(), f.text(), f.start().line()));
            }
        });
        return new Baseline(out);
    }

    /** Splits one draft's findings into new ones, and finds the draft's stale entries. */
    public Outcome apply(String path, List<Finding> findings) {
        Map<String, Entry> known = new HashMap<>();
        for (Entry e : entries) {
            if (e.path().equals(path)) {
                known.put(e.fingerprint(), e);
            }
        }
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings) {
            if (known.remove(f.fingerprint()) == null) {
                fresh.add(f);
            }
        }
        List<Entry> stale = new ArrayList<>(known.values());
        stale.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Outcome(fresh, stale);
    }

    /** This baseline without the given entries. */
    public Baseline without(Set<Entry> drop) {
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (!drop.contains(e)) {
                kept.add(e);
            }
        }
        return new Baseline(kept);
    }
}
