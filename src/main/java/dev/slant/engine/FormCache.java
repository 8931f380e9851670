package dev.slant.engine;

import dev.slant.text.Document;
import dev.slant.text.WordForms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a matcher looked up for each distinct word form of one document ({@link
 * Document#formId}), so that each form is looked up once per document rather than once
 * per token. Words without a form id (those with characters above ASCII: a handful of
 * distinct ones such as "don’t" in most documents) are kept in a small map of their own,
 * much cheaper to search than the matcher's large one.
 */
final class FormCache<T> {

    private final Function<String, T> source; // the lookup being cached: a pure function of the form, never null
    private final Object[] byForm;
    private Map<String, T> others; // forms without an id; made when first needed

    FormCache(Function<String, T> source, Document doc) {
        this.source = source;
        this.byForm = new Object[doc.distinctForms()];
    }

    /** {@code source.apply(doc.form(t))}, from the cache. */
    @SuppressWarnings("unchecked") // byForm holds only what source gave
    T at(Document doc, int t) {
        int form = doc.formId(t);
        if (form < 0) {
            if (others == null) {
                others = new HashMap<>();
            }
            return others.computeIfAbsent(doc.form(t), source);
        }
        Object known = byForm[form];
        if (known == null) {
            known = source.apply(doc.form(t));
            byForm[form] = known;
        }
        return (T) known;
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
