package dev.slant.text;

import java.nio.charset.StandardCharsets;

/**
 * Normalised word forms of one document, each distinct form made once: words repeat
 * (a 1 MB article has some 170,000 words but about 10,000 distinct ones), so looking a
 * plain ASCII word up by its characters, without building a string first, saves most of
 * the allocation of normalising every token. Other words take {@link WordForms#normalise}.
 */
final class FormTable {

    private String[] forms = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    /**
     * The normalised form of {@code text[start, end)}; {@code chars} holds the same
     * characters as the text (the launcher's C1 JIT reads an array faster than a string).
     */
    String form(String text, char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            Work.step();
            char c = chars[i];
            if (c >= 128) {
                return WordForms.normalise(text.substring(start, end));
            }
            h = 31 * h + lower(c);
        }
        int mask = forms.length - 1;
        int slot = mix(h) & mask;
        while (forms[slot] != null) {
            Work.step();
            if (hashes[slot] == h && sameLower(forms[slot], chars, start, end)) {
                return forms[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] lowered = new byte[end - start];
        for (int i = start; i < end; i++) {
            Work.step();
            lowered[i - start] = (byte) lower(chars[i]);
        }
        String form = new String(lowered, StandardCharsets.ISO_8859_1);
        forms[slot] = form;
        hashes[slot] = h;
        if (++size * 2 > forms.length) {
            grow();
        }
        return form;
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
        forms = new String[oldForms.length * 2];
        hashes = new int[oldForms.length * 2];
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
            }
        }
    }
}
