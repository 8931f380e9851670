package dev.slant.text;

import java.util.Locale;

/**
 * The normalised form of a word for matching, shared by rule compilation and lookup:
 * lower case, curly apostrophes straightened, Unicode hyphens made ASCII. So "Moscow’s",
 * "MOSCOW'S" and "moscow's" are one form, and "so‐called" matches "so-called".
 */
public final class WordForms {

    private WordForms() {
    }

    public static String normalise(CharSequence word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            Work.step();
            char c = word.charAt(i);
            char n = normaliseChar(c);
            if (n != c && sb == null) {
                sb = new StringBuilder(word.length());
                sb.append(word, 0, i);
            }
            if (sb != null) {
                sb.append(n);
            }
        }
        String s = sb == null ? word.toString() : sb.toString();
        return s.toLowerCase(Locale.ROOT);
    }

    private static char normaliseChar(char c) {
        switch (c) {
            case '\u2019':
            case '\u2018':
            case '\u02BC':
                return '\'';
            case '\u2010':
            case '\u2011':
                return '-';
            default:
                return c;
        }
    }

    /**
     * The form without a possessive ending ("moscow's" gives "moscow"), or null if the
     * form has none. Takes a normalised form.
     */
    public static String withoutPossessive(String form) {
        if (form.length() > 2 && form.endsWith("'s")) {
            return form.substring(0, form.length() - 2);
        }
        return null;
    }
}
