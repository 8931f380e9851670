package dev.slant.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Normalised word forms of one document, each distinct form made once: words repeat
 * (a 1 MB article has some 170,000 words but about 10,000 distinct ones), so looking a
 * plain ASCII word up by its characters, without building a string first, saves most of
 * the allocation of normalising every token. Other words take {@link WordForms#normalise}.
 * Each distinct form gets an id (0, 1, 2, … in order of first use), so that later stages
 * can keep facts about a word once per distinct form rather than once per token.
 *
 * <p>A word is looked up by a {@code long} key ({@link #next}, {@link #key}) that the lexer
 * computes as it scans the word. For a word of up to {@value #EXACT} characters the key is
 * the word itself, its lowered characters as digits of a number in base 131, so a key that
 * matches needs no comparing of characters; most words of news copy are that short. A
 * longer word's key is a hash with the top bit set (no short word's key has it), and its
 * characters are compared with the form's, which lie with their length in one byte array.
 *
 * <p>A slot is one {@code int}, the id of its form plus one; the keys and where the long
 * forms lie are kept by id. Every word of the text is looked up, at slots all over the
 * table: a quarter of the memory a slot of key and id took (a megabyte's table of 512 KB
 * is 128 KB) misses the caches less, and the keys by id lie dense, the common words' first.
 */
final class FormTable {

    /** The most characters a word can have for its key to be the word itself. */
    static final int EXACT = 8;
    private static final long LONG_WORD = 1L << 63;

    /** Per slot: the id of its form + 1, 0 for an empty slot. */
    private int[] slots;
    /** Per id: the key of the form. */
    private long[] keys;
    /** Per id: where a long form lies in 'chars'. */
    private int[] wheres;
    private int shift; // 64 - log2(slots), for Fibonacci hashing of the keys
    private byte[] chars = new byte[1024]; // the long forms, each as 4 bytes of length and its characters
    private int used; // how much of 'chars' holds forms
    private String[] byId;
    private int size;

    /** A table for a short text. */
    FormTable() {
        this(0);
    }

    /**
     * A table sized for a text of {@code length} characters, so that it seldom grows:
     * news copy has about one distinct form per 120 characters in a megabyte, more in less,
     * and never more than one per 2 characters (a text under 2,048 characters gets slots for
     * that many, not the 1,024 a longer one starts with: a short draft's table cost more to
     * clear than to use).
     */
    FormTable(int length) {
        int wanted = Math.min(Math.max(16, length / 2), Math.max(1024, Math.min(1 << 16, length / 32)));
        int capacity = Integer.highestOneBit(wanted - 1) << 1;
        slots = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        byId = new String[capacity / 2];
        keys = new long[capacity / 2];
        wheres = new int[capacity / 2];
    }

    /**
     * The id of the normalised form of the word {@code chars[start, end)}, or -1 if the word
     * has characters above ASCII (the table holds plain ASCII words only; normalise those
     * with {@link WordForms#normalise}). An array, because the launcher's C1 JIT reads one
     * faster than a string.
     */
    int id(char[] chars, int start, int end) {
        long k = 0;
        for (int i = start; i < end; i++) {
            Work.step();
            char c = chars[i];
            if (c >= 128) {
                return -1;
            }
            k = next(k, c);
        }
        return id(chars, start, end, key(k, end - start));
    }

    /**
     * The id of the form of the plain ASCII word {@code word[start, end)} whose key the
     * caller has computed with {@link #next} and {@link #key}: the lexer reads every
     * character of a word anyway, so the table need not read them again.
     */
    int id(char[] word, int start, int end, long key) {
        int mask = slots.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        int held;
        while ((held = slots[slot]) != 0) {
            Work.step();
            int id = held - 1;
            if (keys[id] == key && (end - start <= EXACT || same(wheres[id], word, start, end))) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return add(slot, key, word, start, end);
    }

    /** The key so far of a word's form after its next ASCII character {@code c}, from 0 before the first. */
    static long next(long k, char c) {
        return k * 131 + lower(c) + 1; // digits 1 to 128: no two words of up to EXACT characters share a key
    }

    /**
     * {@link #next} for an ASCII letter or digit {@code c}, without the test for a capital:
     * setting bit 5 lowers a letter and leaves a digit as it is (the lexer's word loop).
     */
    static long nextAlnum(long k, char c) {
        return k * 131 + (c | 0x20) + 1;
    }

    /** The key of a word of {@code length} characters from the last {@link #next}. */
    static long key(long k, int length) {
        return length <= EXACT ? k : k | LONG_WORD;
    }

    /** Adds the form of {@code word[start, end)} with key {@code key} in the empty slot {@code slot}. */
    private int add(int slot, long key, char[] word, int start, int end) {
        int id = size;
        int length = end - start;
        byte[] lowered = new byte[length];
        for (int i = start; i < end; i++) {
            Work.step();
            lowered[i - start] = (byte) lower(word[i]);
        }
        int where = 0;
        if (length > EXACT) {
            where = used;
            if (where + 4 + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(where + 4 + length, chars.length * 2));
            }
            chars[where] = (byte) (length >>> 24);
            chars[where + 1] = (byte) (length >>> 16);
            chars[where + 2] = (byte) (length >>> 8);
            chars[where + 3] = (byte) length;
            System.arraycopy(lowered, 0, chars, where + 4, length);
            used = where + 4 + length;
        }
        if (id == byId.length) {
            byId = Arrays.copyOf(byId, id * 2);
            keys = Arrays.copyOf(keys, id * 2);
            wheres = Arrays.copyOf(wheres, id * 2);
        }
        byId[id] = new String(lowered, StandardCharsets.ISO_8859_1);
        keys[id] = key;
        wheres[id] = where;
        slots[slot] = id + 1;
        if (++size * 2 > slots.length) { // over half the slots full
            grow();
        }
        return id;
    }

    /** True if the long form at {@code where} in 'chars' is the word {@code word[start, end)} in lower case. */
    private boolean same(int where, char[] word, int start, int end) {
        int length = (chars[where] & 0xFF) << 24 | (chars[where + 1] & 0xFF) << 16 | (chars[where + 2] & 0xFF) << 8
                | (chars[where + 3] & 0xFF);
        if (length != end - start) {
            return false;
        }
        int from = where + 4 - start;
        for (int i = start; i < end; i++) {
            Work.step();
            if (chars[from + i] != lower(word[i])) {
                return false;
            }
        }
        return true;
    }

    /** The form of an id from {@link #id}. */
    String form(int id) {
        return byId[id];
    }

    /** The forms by id, in an array of their number. */
    String[] forms() {
        return Arrays.copyOf(byId, size);
    }

    /** The number of distinct forms (ids run from 0 to size - 1). */
    int size() {
        return size;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        shift--;
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            Work.step();
            int slot = (int) ((keys[id] * 0x9E3779B97F4A7C15L) >>> shift);
            while (slots[slot] != 0) {
                Work.step();
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }
}
