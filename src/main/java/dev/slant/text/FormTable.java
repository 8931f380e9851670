package dev.slant.text;

import java.nio.charset.StandardCharsets;

/**
 * Normalised word forms of one document, each distinct form made once: words repeat
 * (a 1 MB article has some 170,000 words but about 10,000 distinct ones), so looking a
 * plain ASCII word up by its characters, without building a string first, saves most of
 * the allocation of normalising every token. Other words take {@link WordForms#normalise}.
 * Each distinct form gets an id (0, 1, 2, … in order of first use), so that later stages
 * can keep facts about a word once per distinct form rather than once per token.
 */
final class FormTable {

    private String[] forms = new String[1024];
    private int[] hashes = new int[1024];
    private int[] slotIds = new int[1024];
    private String[] byId = new String[512];
    private int size;

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
            h = 31 * h + lower(c);
        }
        int mask = forms.length - 1;
        int slot = mix(h) & mask;
        while (forms[slot] != null) {
            Work.step();
            if (hashes[slot] == h && sameLower(forms[slot], chars, start, end)) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] lowered = new byte[end - start];
        for (int i = start; i < end; i++) {
            Work.step();
            lowered[i - start] = (byte) lower(chars[i]);
        }
        String form = new String(lowered, StandardCharsets.ISO_8859_1);
        int id = size;
        forms[slot] = form;
        hashes[slot] = h;
        slotIds[slot] = id;
        if (id == byId.length) {
            byId = java.util.Arrays.copyOf(byId, id * 2);
        }
        byId[id] = form;
        if (++size * 2 > forms.length) {
            grow();
        }
        return id;
    }

    /** The form of an id from {@link #id}. */
    String form(int id) {
        return byId[id];
    }

    /** The forms by id, in an array of their number. */
    String[] forms() {
        return java.util.Arrays.copyOf(byId, size);
    }

    /** The number of distinct forms (ids run from 0 to size - 1). */
    int size() {
        return size;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameLower(String form, char[] chars, int start, int end) {
        if (form.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            Work.step();
            if (form.charAt(i - start) != lower(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldForms = forms;
        int[] oldHashes = hashes;
        int[] oldIds = slotIds;
        forms = new String[oldForms.length * 2];
        hashes = new int[oldForms.length * 2];
        slotIds = new int[oldForms.length * 2];
        int mask = forms.length - 1;
        for (int i = 0; i < oldForms.length; i++) {
            Work.step();
            if (oldForms[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (forms[slot] != null) {
                    Work.step();
                    slot = (slot + 1) & mask;
                }
                forms[slot] = oldForms[i];
                hashes[slot] = oldHashes[i];
                slotIds[slot] = oldIds[i];
            }
        }
    }
}
