package dev.slant.engine;

import dev.slant.text.Document;
import dev.slant.text.WordForms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a matcher looked up for each distinct word form of one document ({@link
 * Document#formId}), so that each form is looked up once per document rather than once
 * per token. Words without a form id (those with characters above ASCII: a handful of
 * distinct ones such as "don’t" in most documents) are kept in a small map of their own,
 * much cheaper to search than the matcher's large one.
 */
final class FormCache {

    /** The lookup being cached: a pure function of the form. */
    interface Ids {
        int[] idsOf(String form);
    }

    private final Ids source;
    private final int[][] byForm;
    private Map<String, int[]> others; // forms without an id; made when first needed

    FormCache(Ids source, Document doc) {
        this.source = source;
        this.byForm = new int[doc.distinctForms()][];
    }

    /** {@code idsOf(doc.form(t))}, from the cache. */
    int[] idsAt(Document doc, int t) {
        int form = doc.formId(t);
        if (form < 0) {
            if (others == null) {
                others = new HashMap<>();
            }
            return others.computeIfAbsent(doc.form(t), source::idsOf);
        }
        int[] ids = byForm[form];
        if (ids == null) {
            ids = source.idsOf(doc.form(t));
            byForm[form] = ids;
        }
        return ids;
    }

    private static final int[] NONE = new int[0];

    /**
     * The ids {@code byForm} gives a form, then those of the form without its possessive
     * ending ("mayor's" also as "mayor"); the same id may come twice. Never null.
     */
    static int[] withBareForm(Map<String, int[]> byForm, String form) {
        int[] ids = byForm.getOrDefault(form, NONE);
        String bare = WordForms.withoutPossessive(form);
        int[] more = bare == null ? null : byForm.get(bare);
        if (more == null || more.length == 0) {
            return ids;
        }
        int[] both = Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, both, ids.length, more.length);
        return both;
    }
}
