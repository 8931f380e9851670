package dev.slant.engine;

import dev.slant.text.Document;
import dev.slant.text.WordForms;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * What a matcher looked up for each distinct word form of one document ({@link
 * Document#formIndex}, which words with characters above ASCII such as "don’t" have too),
 * so that each form is looked up once per document rather than once per token.
 */
final class FormCache<T> {

    private final Function<String, T> source; // the lookup being cached: a pure function of the form, never null
    private final Object[] byForm;

    FormCache(Function<String, T> source, Document doc) {
        this.source = source;
        this.byForm = new Object[doc.formIndexes()];
    }

    /** {@code source.apply(doc.form(t))}, from the cache. */
    @SuppressWarnings("unchecked") // byForm holds only what source gave
    T at(Document doc, int t) {
        int form = doc.formIndex(t);
        if (form < 0) {
            return source.apply(doc.form(t)); // no form (""): not a word; callers hardly ask
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
