package dev.slant.text.pattern;

import dev.slant.text.Work;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every word form a compiled pattern tests, so that matching tests a bit in
 * a node's {@link IdSet} rather than looking a string up in a set. Ids are given out as
 * patterns compile and kept for the life of the process: they are shared by every rule
 * set, and grow only with the distinct words of the patterns ever compiled.
 */
final class WordIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    private WordIds() {
    }

    /** The id of a form, or -1 if no pattern tests it (nor null). */
    static int find(String form) {
        if (form == null) {
            return -1;
        }
        Integer id = IDS.get(form);
        return id == null ? -1 : id;
    }

    /** The ids of the forms, each given one if it has none yet. */
    static IdSet of(Set<String> forms) {
        int[] ids = new int[forms.size()];
        int n = 0;
        synchronized (IDS) {
            for (String f : forms) {
                Work.step();
                ids[n++] = IDS.computeIfAbsent(f, k -> IDS.size());
            }
        }
        return IdSet.of(ids);
    }
}
