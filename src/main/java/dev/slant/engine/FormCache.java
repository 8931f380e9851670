package dev.slant.engine;

import dev.slant.text.Document;

/**
 * What a matcher looked up for each distinct word form of one document ({@link
 * Document#formId}), so that each form is looked up once per document rather than once
 * per token. Words without a form id are looked up each time.
 */
final class FormCache {

    /** The lookup being cached: a pure function of the form. */
    interface Ids {
        int[] idsOf(String form);
    }

    private final Ids source;
    private final int[][] byForm;

    FormCache(Ids source, Document doc) {
        this.source = source;
        this.byForm = new int[doc.distinctForms()][];
    }

    /** {@code idsOf(doc.form(t))}, from the cache. */
    int[] idsAt(Document doc, int t) {
        int form = doc.formId(t);
        if (form < 0) {
            return source.idsOf(doc.form(t));
        }
        int[] ids = byForm[form];
        if (ids == null) {
            ids = source.idsOf(doc.form(t));
            byForm[form] = ids;
        }
        return ids;
    }
}
