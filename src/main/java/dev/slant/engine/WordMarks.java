package dev.slant.engine;

import dev.slant.rules.ClaimRule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.Work;
import dev.slant.text.pattern.WordFilter;
import java.util.Arrays;
import java.util.List;

/**
 * The few words of a document that some sentence rule must look at, sentence by sentence:
 * those a phrase may start with, those some pattern needs (its anchor words), and those
 * that may be counts for the claim rules (numbers and number words). What a word is
 * marked for is a question about its form, answered once per distinct form; one pass over
 * the document's tokens then keeps only the marked words. Most words are marked for
 * nothing, so a sentence costs the rules only its marked words, not all its tokens (the
 * engine read every token of every sentence, spaces included, before). Not thread-safe:
 * one per document and thread.
 */
final class WordMarks {

    /** A word a phrase of the matcher starts with (its form's; the token may be a number). */
    static final int STARTS_PHRASE = 1;
    /** A word some pattern of the index needs, by its id or its id without a possessive. */
    static final int ANCHORS = 2;
    /** A number, or a word some claim rule counts as a number word. */
    static final int MAY_COUNT = 4;

    private static final int KNOWN = 0x80; // in byForm: the form's marks are known

    private final int[] sentenceStart; // by sentence index: its first mark; one more at the end
    private final int[] tokens; // the marked words' token indexes, in text order
    private final byte[] marks; // what each is marked for

    /**
     * Marks the document's words for a phrase matcher (its {@link PhraseMatcher#lookup} of
     * this document), the patterns (the document's cache of {@link
     * PatternIndex#requirementsOf}; null for none) and {@code claims}.
     */
    WordMarks(Document doc, FormCache<PhraseMatcher.Known> lookup, FormCache<long[]> required,
            List<ClaimRule> claims) {
        this(doc, lookup, required, claims, numberWordFilter(claims));
    }

    /**
     * As {@link #WordMarks(Document, FormCache, FormCache, List)}, with {@code numberWords}
     * the {@link #numberWordFilter} of {@code claims}, made once per rule set.
     */
    WordMarks(Document doc, FormCache<PhraseMatcher.Known> lookup, FormCache<long[]> required,
            List<ClaimRule> claims, WordFilter numberWords) {
        byte[] byForm = new byte[doc.formIndexes() + 1]; // by form index + 1; at 0 the tokens without a form
        byForm[0] = (byte) KNOWN; // not a word or number: spaces, marks, punctuation (and "" forms, which nothing matches)
        List<Sentence> sentences = doc.sentences();
        sentenceStart = new int[sentences.size() + 1];
        int[] t = new int[256];
        byte[] m = new byte[256];
        int n = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Work.step();
            Sentence sentence = sentences.get(s);
            sentenceStart[s] = n;
            int first = sentence.firstToken();
            int end = sentence.endToken();
            if (t.length - n < end - first) { // room for every token: no test per token
                t = Arrays.copyOf(t, Math.max(2 * t.length, n + end - first));
                m = Arrays.copyOf(m, t.length);
            }
            for (int i = first; i < end; i++) {
                Work.step();
                int form = doc.formIndex(i) + 1;
                int known = byForm[form] & 0xFF;
                if (known == 0) {
                    known = KNOWN | marksOf(doc, i, lookup, required, claims, numberWords);
                    byForm[form] = (byte) known;
                }
                t[n] = i; // written for every token, kept only if marked: no branch that the processor mispredicts
                m[n] = (byte) known;
                n += known != KNOWN ? 1 : 0;
            }
        }
        sentenceStart[sentences.size()] = n;
        this.tokens = t;
        this.marks = m;
    }

    /** What the form of word {@code t} is marked for. */
    private static int marksOf(Document doc, int t, FormCache<PhraseMatcher.Known> lookup,
            FormCache<long[]> required, List<ClaimRule> claims, WordFilter numberWords) {
        int out = lookup.at(doc, t).startsAny() ? STARTS_PHRASE : 0;
        if (required != null && required.at(doc, t).length > 0) {
            out |= ANCHORS;
        }
        String form = doc.form(t);
        // a number starts with a digit, currency sign or apostrophe
        boolean count = !form.isEmpty() && !Character.isLetter(form.codePointAt(0));
        if (!count && !numberWords.mayHave(form)) {
            return out; // no claim rule's number word (nearly every form): no probe of each rule's set
        }
        for (int r = 0; r < claims.size() && !count; r++) {
            Work.step();
            count = claims.get(r).isNumberWord(form);
        }
        return out | (count ? MAY_COUNT : 0);
    }

    /**
     * A filter of the number words of all {@code claims} ({@link ClaimRule#numberWords}),
     * for the constructor: a form it turns away is no rule's number word.
     */
    static WordFilter numberWordFilter(List<ClaimRule> claims) {
        WordFilter out = new WordFilter();
        for (ClaimRule rule : claims) {
            Work.step();
            for (String word : rule.numberWords()) {
                Work.step();
                out.add(word);
            }
        }
        return out;
    }

    /** The index of the sentence's first marked word; they run to {@link #end}. */
    int start(Sentence s) {
        return sentenceStart[s.index()];
    }

    /** The index just after the sentence's last marked word. */
    int end(Sentence s) {
        return sentenceStart[s.index() + 1];
    }

    /** The token of marked word {@code k}. */
    int token(int k) {
        return tokens[k];
    }

    /** True if marked word {@code k} is marked for {@code mark}. */
    boolean is(int k, int mark) {
        return (marks[k] & mark) != 0;
    }
}
