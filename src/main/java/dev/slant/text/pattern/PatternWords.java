package dev.slant.text.pattern;

import dev.slant.text.Document;
import dev.slant.text.WordForms;

/**
 * The {@link WordIds} of one document's tokens, with and without a possessive ending,
 * looked up once per distinct form ({@link Document#formId}) rather than once per test.
 * Not thread-safe: one per document and thread.
 */
public final class PatternWords {

    private final Document doc;
    private final int[] ids; // by form id: 0 = not looked up yet, else the word id + 2
    private final int[] bareIds; // the same for the form without its possessive ending

    private PatternWords(Document doc) {
        this.doc = doc;
        this.ids = new int[doc.distinctForms()];
        this.bareIds = new int[doc.distinctForms()];
    }

    public static PatternWords of(Document doc) {
        return new PatternWords(doc);
    }

    /**
     * The id that patterns know a word form by, or -1 if no compiled pattern tests it
     * (every word of a pattern's {@link TokenPattern#anchor} has one).
     */
    public static int idOf(String form) {
        return WordIds.find(form);
    }

    /** The word id of token {@code t}'s form, or -1 (also for tokens without a form). */
    public int id(int t) {
        int form = doc.formId(t);
        if (form < 0) {
            String f = doc.form(t);
            return f.isEmpty() ? -1 : WordIds.find(f);
        }
        if (ids[form] == 0) {
            lookUp(form, t);
        }
        return ids[form] - 2;
    }

    /** The word id of token {@code t}'s form without its possessive ending, or -1 (also when it has none). */
    public int bareId(int t) {
        int form = doc.formId(t);
        if (form < 0) {
            String f = doc.form(t);
            return f.isEmpty() ? -1 : WordIds.find(WordForms.withoutPossessive(f));
        }
        if (ids[form] == 0) {
            lookUp(form, t);
        }
        return bareIds[form] - 2;
    }

    private void lookUp(int form, int t) {
        String f = doc.form(t);
        ids[form] = WordIds.find(f) + 2;
        bareIds[form] = WordIds.find(WordForms.withoutPossessive(f)) + 2;
    }
}
