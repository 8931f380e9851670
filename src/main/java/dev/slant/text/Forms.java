package dev.slant.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The normalised forms of a document's tokens (see {@link Document#form}), kept as one
 * number per token rather than a reference per token (a char when all fit, else an int):
 * its dense {@link #index}, which is the id of
 * the form in the document's {@link FormTable} (plain ASCII words and numbers), or the
 * number of ids plus k for the k-th form of a word with characters above ASCII (which the
 * table does not hold), or -1 for tokens that have no form (not a word or number: the form
 * is ""). Later stages read the index of nearly every token: one array load, no branch.
 *
 * <p>While the forms are made, the number of ids is not known yet: a word above ASCII then
 * has the ref {@code -2 - k}, and {@link #dense} turns those (few) refs into indexes.
 */
final class Forms {

    /** The indexes plus one, when every index fits in a char (nearly every document); else null. */
    private final char[] narrow;
    /** The indexes, when {@link #narrow} is null. */
    private final int[] indexes;
    private final String[] byId;
    private final String[] others;

    /** Forms with their indexes as chars ({@code narrow}, plus one) or, when that is null, as ints. */
    private Forms(char[] narrow, int[] indexes, String[] byId, String[] others) {
        this.narrow = narrow;
        this.indexes = narrow == null ? indexes : null;
        this.byId = byId;
        this.others = others;
    }

    /**
     * True if the indexes of {@code ids} ids and {@code others} forms above ASCII, plus one,
     * fit in a char, leaving {@link #OTHER} free: half the memory of ints, which the later
     * stages read for nearly every token (a megabyte's forms are 0.7 MB, not 1.4).
     */
    private static boolean narrowFits(int ids, int others) {
        return ids + others < OTHER;
    }

    /** In the chars of the forms being built: a form above ASCII, whose index is not known yet. */
    private static final char OTHER = Character.MAX_VALUE;

    /** The indexes plus one as chars (see {@link #narrowFits}). */
    private static char[] narrow(int[] indexes) {
        char[] out = new char[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            Work.step();
            out[i] = (char) (indexes[i] + 1);
        }
        return out;
    }

    /**
     * Turns the refs {@code -2 - k} at the tokens {@code at[0, count)} into the dense index of
     * the k-th form above ASCII, after the {@code ids} ids.
     */
    private static void dense(int[] refs, int[] at, int count, int ids) {
        for (int j = 0; j < count; j++) {
            Work.step();
            refs[at[j]] = ids - 2 - refs[at[j]];
        }
    }

    /** Appends {@code value} to the first {@code count} slots of {@code list}, growing it when full. */
    private static int[] append(int[] list, int count, int value) {
        int[] out = count == list.length ? Arrays.copyOf(list, count * 2) : list;
        out[count] = value;
        return out;
    }

    /**
     * The forms of the tokens. The table reads the words through a window of chars, which
     * the launcher's C1 JIT reads faster than the string (a copy of the whole text cost 2
     * bytes a character).
     */
    static Forms of(String text, Tokens tokens) {
        FormTable table = new FormTable(text.length());
        int[] refs = new int[tokens.size()];
        String[] others = new String[16];
        int otherCount = 0;
        int[] otherAt = new int[16]; // the tokens with a form above ASCII
        int otherTokens = 0;
        Map<String, Integer> otherByWord = new HashMap<>();
        char[] window = new char[Math.min(text.length(), 1 << 14)];
        int windowStart = 0;
        int windowEnd = 0;
        for (int i = 0; i < refs.length; i++) {
            Work.step();
            TokenKind k = tokens.kind(i);
            int ref = -1;
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                int start = tokens.start(i);
                int end = tokens.end(i);
                if (end - start > window.length) {
                    ref = table.id(text.substring(start, end).toCharArray(), 0, end - start); // a very long word
                } else {
                    if (end > windowEnd) { // tokens come in order: move the window on to this one
                        windowStart = start;
                        windowEnd = Math.min(text.length(), start + window.length);
                        text.getChars(windowStart, windowEnd, window, 0);
                    }
                    ref = table.id(window, start - windowStart, end - windowStart);
                }
                if (ref < 0) { // the same ref for the same characters, as the builder gives
                    String word = text.substring(start, end);
                    Integer seen = otherByWord.get(word);
                    if (seen == null) {
                        if (otherCount == others.length) {
                            others = Arrays.copyOf(others, otherCount * 2);
                        }
                        others[otherCount] = WordForms.normalise(word);
                        seen = otherCount++;
                        otherByWord.put(word, seen);
                    }
                    ref = -2 - seen;
                }
                if (ref < -1) {
                    otherAt = append(otherAt, otherTokens++, i);
                }
            }
            refs[i] = ref;
        }
        String[] byId = table.forms();
        dense(refs, otherAt, otherTokens, byId.length);
        String[] kept = Arrays.copyOf(others, otherCount);
        return narrowFits(byId.length, otherCount) ? new Forms(narrow(refs), null, byId, kept)
                : new Forms(null, refs, byId, kept);
    }

    /**
     * Builds the forms as the lexer makes the tokens, from the folded characters it reads
     * (see {@link FoldingCharStream}), so that no second pass reads the tokens and their
     * characters again; the lexer hands over the key of each plain word it scanned
     * ({@link FormTable#key}). {@link #of} gives the same forms (a property test compares).
     */
    static final class Builder {
        private final String text;
        private final char[] folded;
        private final int[] above;
        private final int aboveCount;
        private final FormTable table;
        /** The refs plus one as chars, {@link #OTHER} for a form above ASCII, while every ref fits; else null. */
        private char[] narrowRefs;
        /** The refs, once one does not fit in {@link #narrowRefs}; else null. */
        private int[] refs;
        private String[] others = new String[16];
        private int otherCount;
        // the distinct words with characters above ASCII: their characters, hashes and index in 'others'
        private char[][] otherWords = new char[64][];
        private int[] otherHashes = new int[64];
        private int[] otherRefs = new int[64];
        private int[] otherAt = new int[16]; // the tokens with a form above ASCII (see dense)
        private int[] otherKs = new int[16]; // the index in 'others' of each of those tokens' forms
        private int otherTokens;
        private char[] word = new char[32]; // the word being looked up
        private int size;
        private int nextAbove; // the index in 'above' of the first character above ASCII not before the last word
        private int nextAboveAt; // where that character is; Integer.MAX_VALUE when there is none

        /** For the text whose folded stream the lexer reads, and about {@code tokens} tokens. */
        Builder(String text, FoldingCharStream chars, int tokens) {
            this.text = text;
            this.folded = chars.folded();
            this.above = chars.above();
            this.aboveCount = chars.aboveCount();
            this.nextAboveAt = aboveCount > 0 ? above[0] : Integer.MAX_VALUE;
            this.table = new FormTable(text.length());
            this.narrowRefs = new char[Math.max(4, tokens)];
        }

        /** Adds the next token's form, for a token the lexer did not scan as a plain word (see {@link #addWord}). */
        void add(TokenKind kind, int start, int end) {
            int ref = kind.isWordLike() || kind == TokenKind.NUMBER ? ref(start, end, NO_KEY) : -1;
            room(1);
            put(ref);
        }

        /** Makes room for {@code n} more refs. */
        private void room(int n) {
            if (refs == null) {
                if (size + n > narrowRefs.length) {
                    narrowRefs = Arrays.copyOf(narrowRefs, Math.max(size * 2, size + n));
                }
            } else if (size + n > refs.length) {
                refs = Arrays.copyOf(refs, Math.max(size * 2, size + n));
            }
        }

        /** Adds the next token's ref, in the chars while it fits (a form above ASCII as {@link #OTHER}). */
        private void put(int ref) {
            if (refs == null) {
                if (ref < OTHER - 1) {
                    narrowRefs[size++] = ref < -1 ? OTHER : (char) (ref + 1);
                    return;
                }
                widen();
            }
            refs[size++] = ref;
        }

        /** Goes on with the refs as ints: an id too large for a char. */
        private void widen() {
            refs = new int[narrowRefs.length];
            for (int i = 0; i < size; i++) {
                Work.step();
                refs[i] = narrowRefs[i] - 1;
            }
            for (int j = 0; j < otherTokens; j++) {
                Work.step();
                refs[otherAt[j]] = -2 - otherKs[j];
            }
            narrowRefs = null;
        }

        /**
         * Adds the form of a word the lexer scanned as plain ASCII letters, digits, apostrophes
         * and hyphens (folded letters included), whose form's key is {@code key}, and when
         * {@code space} the empty form of the single space after it (see {@link Tokens#addWord}).
         */
        void addWord(int start, int end, long key, boolean space) {
            int ref = ref(start, end, key);
            room(2);
            put(ref);
            if (space) {
                put(-1);
            }
        }

        /** The ref of the form of the word or number {@code text[start, end)}; {@code key} its key or {@link #NO_KEY}. */
        private int ref(int start, int end, long key) {
            if (nextAboveAt < end) { // a character above ASCII before the end: in this word, or passed
                while (nextAbove < aboveCount && above[nextAbove] < start) {
                    Work.step();
                    nextAbove++;
                }
                nextAboveAt = nextAbove < aboveCount ? above[nextAbove] : Integer.MAX_VALUE;
                if (nextAboveAt < end) { // a folded or named character
                    int other = other(start, end);
                    otherAt = append(otherAt, otherTokens, size);
                    otherKs = append(otherKs, otherTokens++, -2 - other);
                    return other;
                }
            }
            return key != NO_KEY ? table.id(folded, start, end, key) : table.id(folded, start, end);
        }

        /**
         * The ref of the word {@code text[start, end)} with characters above ASCII: the same for
         * every token with the same characters, whose form is made once (names such as "Łódź"
         * repeat; cutting each out of the text and normalising it cost more than the lookup).
         */
        private int other(int start, int end) {
            int n = end - start;
            if (word.length < n) {
                word = new char[Math.max(n, word.length * 2)];
            }
            text.getChars(start, end, word, 0);
            int h = 0;
            for (int i = 0; i < n; i++) {
                Work.step();
                h = 31 * h + word[i];
            }
            int mask = otherWords.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (otherWords[slot] != null) {
                Work.step();
                char[] seen = otherWords[slot];
                if (otherHashes[slot] == h && Arrays.equals(seen, 0, seen.length, word, 0, n)) {
                    return -2 - otherRefs[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (otherCount == others.length) {
                others = Arrays.copyOf(others, otherCount * 2);
            }
            others[otherCount] = WordForms.normalise(new String(word, 0, n));
            otherWords[slot] = Arrays.copyOf(word, n);
            otherHashes[slot] = h;
            otherRefs[slot] = otherCount;
            if ((otherCount + 1) * 2 > otherWords.length) {
                growOthers();
            }
            return -2 - otherCount++;
        }

        private void growOthers() {
            char[][] words = otherWords;
            int[] hashes = otherHashes;
            int[] ks = otherRefs;
            otherWords = new char[words.length * 2][];
            otherHashes = new int[words.length * 2];
            otherRefs = new int[words.length * 2];
            int mask = otherWords.length - 1;
            for (int i = 0; i < words.length; i++) {
                Work.step();
                if (words[i] != null) {
                    int slot = (hashes[i] ^ (hashes[i] >>> 16)) & mask;
                    while (otherWords[slot] != null) {
                        Work.step();
                        slot = (slot + 1) & mask;
                    }
                    otherWords[slot] = words[i];
                    otherHashes[slot] = hashes[i];
                    otherRefs[slot] = ks[i];
                }
            }
        }

        /** The forms, with as much spare room dropped as {@link Tokens#trim} drops. */
        Forms build() {
            String[] byId = table.forms();
            String[] kept = Arrays.copyOf(others, otherCount);
            if (refs == null && narrowFits(byId.length, otherCount)) {
                char[] out = narrowRefs.length - size > size / 8 ? Arrays.copyOf(narrowRefs, size) : narrowRefs;
                for (int j = 0; j < otherTokens; j++) {
                    Work.step();
                    out[otherAt[j]] = (char) (byId.length + otherKs[j] + 1);
                }
                return new Forms(out, null, byId, kept);
            }
            if (refs == null) {
                widen();
            }
            dense(refs, otherAt, otherTokens, byId.length);
            return new Forms(null, refs.length == size ? refs : Arrays.copyOf(refs, size), byId, kept);
        }
    }

    /** No key: the form table computes it (no word's key is 0). */
    static final long NO_KEY = 0;

    /** The form of token {@code i}; "" for tokens that are not words or numbers. */
    String form(int i) {
        int index = index(i);
        return index >= 0 ? formAt(index) : "";
    }

    /** The id of token {@code i}'s form (0 to {@link #distinct()} - 1), or -1 if it has none. */
    int id(int i) {
        int index = index(i);
        return index < byId.length ? index : -1;
    }

    /** The number of ids. */
    int distinct() {
        return byId.length;
    }

    /**
     * A dense index of token {@code i}'s form over all forms, ids first and the forms above
     * ASCII after them (0 to {@link #indexes()} - 1), or -1 if it has none.
     */
    int index(int i) {
        return narrow != null ? narrow[i] - 1 : indexes[i];
    }

    /** The form whose {@link #index} is {@code index} (0 to {@link #indexes()} - 1). */
    String formAt(int index) {
        return index < byId.length ? byId[index] : others[index - byId.length];
    }

    /** The number of indexes ({@link #index}): the ids and the forms above ASCII. */
    int indexes() {
        return byId.length + others.length;
    }
}
