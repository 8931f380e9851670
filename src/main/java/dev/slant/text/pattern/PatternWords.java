package dev.slant.text.pattern;

import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import dev.slant.text.WordForms;
import dev.slant.text.Work;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of one document as patterns see them, a sentence at a time: the word and
 * number tokens, their {@link WordIds} with and without a possessive ending (looked up
 * once per distinct form, {@link Document#formIndex}), and where punctuation splits them
 * into runs. One pass over a sentence's tokens serves both the search for candidate
 * patterns and the runs the patterns are matched on ({@link SentenceWords}). Not
 * thread-safe: one per document and thread.
 */
public final class PatternWords {

    private final Document doc;
    /**
     * By form index f: at 2f the word id + 2 (0 = not looked up yet), at 2f + 1 the same for
     * the form without its possessive ending; side by side, so one read brings both.
     */
    private final int[] byForm;
    private Sentence loaded; // the sentence whose words the buffers below hold, or null
    private int size; // its number of words
    private int[] words = new int[32]; // their token indexes
    private int[] ids = new int[32];
    private int[] bareIds = new int[32];
    private boolean anyBare; // true if some word's form without a possessive has an id
    private int[] ends = new int[33]; // where each run ends, as an index into words
    private int runs;

    private PatternWords(Document doc) {
        this.doc = doc;
        this.byForm = new int[2 * doc.formIndexes()];
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
     * Reads the sentence's words, their ids and runs, for {@link #wordAt}, {@link #idAt},
     * {@link #bareIdAt} and the runs; nothing if they are read already (several stages of
     * the engine read the same sentence's words).
     */
    public void load(Sentence s) {
        if (loaded == s) {
            return;
        }
        int most = s.endToken() - s.firstToken();
        if (words.length < most) {
            words = new int[most];
            ids = new int[most];
            bareIds = new int[most];
            ends = new int[most + 1];
        }
        size = 0;
        runs = 0;
        anyBare = false;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Work.step();
            TokenKind k = doc.tokenKind(t);
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                words[size] = t;
                lookUp(t, size);
                anyBare |= bareIds[size] >= 0;
                size++;
            } else if (!k.isSpace() && !k.isQuoteMark() && k != TokenKind.APOSTROPHE && size > runEnd()) {
                ends[runs++] = size; // punctuation ends a run that has words
            }
        }
        if (size > runEnd()) {
            ends[runs++] = size;
        }
        loaded = s;
    }

    private int runEnd() {
        return runs == 0 ? 0 : ends[runs - 1];
    }

    /** The number of words of the sentence {@link #load loaded}. */
    public int size() {
        return size;
    }

    /** The token index of word {@code k} of the loaded sentence (a word or a number). */
    public int wordAt(int k) {
        return words[k];
    }

    /** The id of word {@code k} of the loaded sentence, or -1. */
    public int idAt(int k) {
        return ids[k];
    }

    /** The id of word {@code k} without its possessive ending, or -1 (also when it has none). */
    public int bareIdAt(int k) {
        return bareIds[k];
    }

    /** The runs of the sentence's words, on copies of the buffers (the runs outlive the next load). */
    List<Matcher> runs(Sentence s) {
        if (loaded != s) {
            load(s);
        }
        int[] w = Arrays.copyOf(words, size);
        int[] i = Arrays.copyOf(ids, size);
        int[] b = anyBare ? Arrays.copyOf(bareIds, size) : null; // most sentences: no array
        List<Matcher> out = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            Work.step();
            int start = r == 0 ? 0 : ends[r - 1];
            out.add(new Matcher(doc, w, i, b, start, ends[r] - start));
        }
        return out;
    }

    /** Puts the ids of token {@code t} at word {@code k}. */
    private void lookUp(int t, int k) {
        int form = doc.formIndex(t);
        if (form < 0) { // no form (""): no ids
            ids[k] = -1;
            bareIds[k] = -1;
            return;
        }
        if (byForm[2 * form] == 0) {
            String f = doc.form(t);
            byForm[2 * form] = WordIds.find(f) + 2;
            byForm[2 * form + 1] = WordIds.find(WordForms.withoutPossessive(f)) + 2;
        }
        ids[k] = byForm[2 * form] - 2;
        bareIds[k] = byForm[2 * form + 1] - 2;
    }
}
