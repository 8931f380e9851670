package dev.slant.text.pattern;

import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.WordForms;
import dev.slant.text.Work;

/**
 * The {@link WordIds} of one document's tokens, with and without a possessive ending,
 * looked up once per distinct form ({@link Document#formId}) rather than once per test.
 * Not thread-safe: one per document and thread.
 */
public final class PatternWords {

    private final Document doc;
    /**
     * By form id f: at 2f the word id + 2 (0 = not looked up yet), at 2f + 1 the same for
     * the form without its possessive ending; side by side, so one read brings both.
     */
    private final int[] byForm;
    private int first; // the tokens [first, end) of the sentence last loaded
    private int end;
    private int[] loaded = new int[64]; // their ids and bare ids, two a token

    private PatternWords(Document doc) {
        this.doc = doc;
        this.byForm = new int[2 * doc.distinctForms()];
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

    /**
     * Looks up the ids of the sentence's tokens once, for {@link #id} and {@link #bareId}
     * to read: the candidate search and the pattern runs then share one lookup per token.
     */
    public void load(Sentence s) {
        end = first; // nothing loaded while the buffer fills
        first = s.firstToken();
        int size = s.endToken() - first;
        if (loaded.length < 2 * size) {
            loaded = new int[Math.max(2 * size, 2 * loaded.length)];
        }
        for (int t = first; t < s.endToken(); t++) {
            Work.step();
            int form = doc.formId(t);
            if (form >= 0) { // the common case, both ids at once
                if (byForm[2 * form] == 0) {
                    lookUp(form, t);
                }
                loaded[2 * (t - first)] = byForm[2 * form] - 2;
                loaded[2 * (t - first) + 1] = byForm[2 * form + 1] - 2;
            } else {
                loaded[2 * (t - first)] = lookUpId(t);
                loaded[2 * (t - first) + 1] = lookUpBareId(t);
            }
        }
        end = s.endToken();
    }

    /** The word id of token {@code t}'s form, or -1 (also for tokens without a form). */
    public int id(int t) {
        return t >= first && t < end ? loaded[2 * (t - first)] : lookUpId(t);
    }

    /** The word id of token {@code t}'s form without its possessive ending, or -1 (also when it has none). */
    public int bareId(int t) {
        return t >= first && t < end ? loaded[2 * (t - first) + 1] : lookUpBareId(t);
    }

    private int lookUpId(int t) {
        int form = doc.formId(t);
        if (form < 0) {
            String f = doc.form(t);
            return f.isEmpty() ? -1 : WordIds.find(f);
        }
        if (byForm[2 * form] == 0) {
            lookUp(form, t);
        }
        return byForm[2 * form] - 2;
    }

    private int lookUpBareId(int t) {
        int form = doc.formId(t);
        if (form < 0) {
            String f = doc.form(t);
            return f.isEmpty() ? -1 : WordIds.find(WordForms.withoutPossessive(f));
        }
        if (byForm[2 * form] == 0) {
            lookUp(form, t);
        }
        return byForm[2 * form + 1] - 2;
    }

    private void lookUp(int form, int t) {
        String f = doc.form(t);
        byForm[2 * form] = WordIds.find(f) + 2;
        byForm[2 * form + 1] = WordIds.find(WordForms.withoutPossessive(f)) + 2;
    }
}
