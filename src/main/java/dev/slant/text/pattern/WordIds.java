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
    /**
     * The words with an id, so the many forms of a text that no pattern tests are turned
     * away without a search of the map; null when words were added since it was made (it
     * is made again when next needed).
     */
    private static volatile WordFilter filter;

    private WordIds() {
    }

    /** The id of a form, or -1 if no pattern tests it (nor null). */
    static int find(String form) {
        if (form == null) {
            return -1;
        }
        WordFilter known = filter;
        if (known == null) {
            known = newFilter();
        }
        if (!known.mayHave(form)) {
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
            filter = null; // made again, with these words, when next needed
        }
        return IdSet.of(ids);
    }

    /** Makes the filter from the words that have ids now (those added later clear it again). */
    private static WordFilter newFilter() {
        synchronized (IDS) {
            WordFilter made = new WordFilter();
            for (String word : IDS.keySet()) {
                Work.step();
                made.add(word);
            }
            filter = made;
            return made;
        }
    }
}
