package dev.slant.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates inflected forms of an English base form, so that a rule lists "slam" and
 * matches "slams", "slammed" and "slamming". Without part-of-speech tags it generates noun
 * plurals and verb forms alike; a form that is not a word never occurs in copy, so the
 * over-generation costs nothing. Irregular forms come from the data file
 * {@code irregular.txt}; function words and -ly adverbs are not inflected.
 */
public final class Inflector {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "upon", "about", "over", "under", "and", "or", "but", "nor", "as", "than",
            "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his",
            "her", "their", "our", "we", "us", "you", "your", "i", "me", "my", "no", "not", "so",
            "such", "very", "too", "also", "just", "only", "there", "here", "what", "which", "who",
            "whom", "whose", "when", "where", "why", "how", "if", "then", "some", "many", "much",
            "most", "more", "all", "any", "each", "every", "own", "up", "down", "out", "off");

    private static final Map<String, List<String>> GROUPS = loadGroups("irregular.txt");

    private Inflector() {
    }

    /** False for words whose form never changes: function words and -ly adverbs. */
    public static boolean inflects(String word) {
        if (GROUPS.containsKey(word)) {
            return true;
        }
        if (word.length() < 3 || FUNCTION_WORDS.contains(word)) {
            return false;
        }
        return !(word.endsWith("ly") && word.length() > 5);
    }

    /** The word and its inflected forms, lower case. */
    public static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (!inflects(word)) {
            return out;
        }
        List<String> group = GROUPS.get(word);
        if (group != null) {
            out.addAll(group);
            return out;
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(0, hyphen + 1);
            for (String f : forms(word.substring(hyphen + 1))) {
                Work.step();
                out.add(head + f);
            }
            return out;
        }
        out.addAll(plurals(word));
        out.addAll(pasts(word));
        out.addAll(gerunds(word));
        return out;
    }

    private static List<String> plurals(String w) {
        if (endsWithAny(w, "s", "x", "z", "ch", "sh")) {
            return List.of(w + "es");
        }
        if (consonantY(w)) {
            return List.of(stem(w, 1) + "ies");
        }
        if (w.endsWith("fe")) {
            return List.of(w + "s", stem(w, 2) + "ves");
        }
        if (w.endsWith("f") && !w.endsWith("ff")) {
            return List.of(w + "s", stem(w, 1) + "ves");
        }
        if (w.endsWith("o") && !isVowel(w.charAt(w.length() - 2))) {
            return List.of(w + "s", w + "es");
        }
        return List.of(w + "s");
    }

    private static List<String> pasts(String w) {
        if (w.endsWith("e")) {
            return List.of(w + "d");
        }
        if (consonantY(w)) {
            return List.of(stem(w, 1) + "ied");
        }
        return withSuffix(w, "ed");
    }

    private static List<String> gerunds(String w) {
        if (w.endsWith("ie")) {
            return List.of(stem(w, 2) + "ying");
        }
        if (w.endsWith("e") && !endsWithAny(w, "ee", "ye", "oe")) {
            return List.of(stem(w, 1) + "ing");
        }
        return withSuffix(w, "ing");
    }

    /** Adds a vowel suffix, doubling a final consonant where English does (slam, slammed). */
    private static List<String> withSuffix(String w, String suffix) {
        if (w.endsWith("c")) {
            return List.of(w + "k" + suffix); // panic, panicked
        }
        if (!doublesFinalConsonant(w)) {
            return List.of(w + suffix);
        }
        String doubled = w + w.charAt(w.length() - 1) + suffix;
        // One syllable always doubles (slammed); longer words depend on stress
        // (admitted, targeted), so both spellings match.
        return syllables(w) == 1 ? List.of(doubled) : List.of(doubled, w + suffix);
    }

    private static boolean doublesFinalConsonant(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        if (isVowel(last) || last == 'w' || last == 'x' || last == 'y') {
            return false;
        }
        boolean vowelBefore = isVowel(w.charAt(n - 2));
        boolean consonantBeforeThat = n == 2 || !isVowel(w.charAt(n - 3))
                || (n > 3 && w.charAt(n - 3) == 'u' && w.charAt(n - 4) == 'q');
        return vowelBefore && consonantBeforeThat;
    }

    private static int syllables(String w) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            Work.step();
            boolean v = isVowel(w.charAt(i));
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }

    private static boolean consonantY(String w) {
        return w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            Work.step();
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String w, int drop) {
        return w.substring(0, w.length() - drop);
    }

    private static Map<String, List<String>> loadGroups(String resource) {
        Map<String, List<String>> groups = new HashMap<>();
        try (InputStream in = Inflector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Work.step();
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = List.of(line.split("\\s+"));
                for (String form : group) {
                    Work.step();
                    groups.put(form, group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(groups);
    }
}
