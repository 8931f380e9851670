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
 * <p>A slot holds a form's hash and id in one {@code long}, and the forms' characters lie
 * one after another in one byte array: a lookup reads one slot, then (when the hashes
 * agree) the form's bytes, instead of a string object, its array and a second array of
 * hashes, and the launcher's C1 JIT compares bytes of an array faster than a string's.
 */
final class FormTable {

    private long[] slots; // (hash << 32) | (id + 1); 0 for an empty slot
    private byte[] chars = new byte[4096]; // the forms' characters, by id
    private int[] ends; // where each form's characters end in 'chars' (they start where the one before ends)
    private String[] byId;
    private int size;

    /** A table for a short text. */
    FormTable() {
        this(0);
    }

    /**
     * A table sized for a text of {@code length} characters, so that it seldom grows:
     * news copy has about one distinct form per 120 characters in a megabyte, more in less.
     */
    FormTable(int length) {
        int capacity = Integer.highestOneBit(Math.max(1024, Math.min(1 << 16, length / 32)) - 1) << 1;
        slots = new long[capacity];
        ends = new int[capacity / 2];
        byId = new String[capacity / 2];
    }

    /**
     * The id of the normalised form of the word {@code chars[start, end)}, or -1 if the word
     * has characters above ASCII (the table holds plain ASCII words only; normalise those
     * with {@link WordForms#normalise}). An array, because the launcher's C1 JIT reads one
     * faster than a string.
     */
    int id(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            Work.step();
            char c = chars[i];
            if (c >= 128) {
                return -1;
            }
            h = next(h, c);
        }
        return id(chars, start, end, h);
    }

    /**
     * The id of the form of the plain ASCII word {@code word[start, end)} whose hash the
     * caller has computed with {@link #next}: the lexer reads every character of a word
     * anyway, so the table need not read them twice.
     */
    int id(char[] word, int start, int end, int h) {
        int mask = slots.length - 1;
        int slot = mix(h) & mask;
        long entry;
        while ((entry = slots[slot]) != 0) {
            Work.step();
            if ((int) (entry >>> 32) == h) {
                int id = (int) entry - 1;
                if (same(id, word, start, end)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        return add(slot, h, word, start, end);
    }

    /** Adds the form of {@code word[start, end)} with hash {@code h} in the empty slot {@code slot}. */
    private int add(int slot, int h, char[] word, int start, int end) {
        int id = size;
        int from = id == 0 ? 0 : ends[id - 1];
        int to = from + end - start;
        if (to > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(to, chars.length * 2));
        }
        for (int i = start; i < end; i++) {
            Work.step();
            chars[from + i - start] = (byte) lower(word[i]);
        }
        if (id == byId.length) {
            byId = Arrays.copyOf(byId, id * 2);
            ends = Arrays.copyOf(ends, id * 2);
        }
        ends[id] = to;
        byId[id] = new String(chars, from, to - from, StandardCharsets.ISO_8859_1);
        slots[slot] = ((long) h << 32) | (id + 1);
        if (++size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    /** True if form {@code id} is the word {@code word[start, end)} in lower case. */
    private boolean same(int id, char[] word, int start, int end) {
        int from = id == 0 ? 0 : ends[id - 1];
        if (ends[id] - from != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            Work.step();
            if (chars[from + i - start] != lower(word[i])) {
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

    /** The hash of a plain ASCII word's form, one character at a time: {@code h = next(h, c)} from 0. */
    static int next(int h, char c) {
        return 31 * h + lower(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            Work.step();
            if (entry != 0) {
                int slot = mix((int) (entry >>> 32)) & mask;
                while (slots[slot] != 0) {
                    Work.step();
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
