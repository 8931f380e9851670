package dev.slant.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviation list of the sentence splitter, read from the data file
 * {@code abbreviations.yml} next to this class. See that file for what each kind means.
 */
final class Abbreviations {

    /** When the period after an abbreviation may end a sentence. */
    enum Kind { TITLE, NUMBER, DATE, GENERAL }

    private static final Abbreviations DEFAULT = load("abbreviations.yml");

    private final Map<String, Kind> kinds;
    private final Set<String> openers;

    private Abbreviations(Map<String, Kind> kinds, Set<String> openers) {
        this.kinds = Map.copyOf(kinds);
        this.openers = Set.copyOf(openers);
    }

    static Abbreviations defaults() {
        return DEFAULT;
    }

    /** The kind of an abbreviation written without its final period, or null. */
    Kind kindOf(String withoutPeriod) {
        return kinds.get(withoutPeriod.toLowerCase(Locale.ROOT));
    }

    /** True if the word, capitalised after an abbreviation, shows that a new sentence began. */
    boolean isOpener(String word) {
        return openers.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Abbreviations load(String resource) {
        Map<String, Kind> kinds = new HashMap<>();
        Set<String> openers = new HashSet<>();
        for (Map.Entry<String, List<String>> list : WordLists.load(resource).entrySet()) {
            Work.step();
            if (list.getKey().equals("openers")) {
                openers.addAll(list.getValue());
            } else {
                for (String word : list.getValue()) {
                    Work.step();
                    kinds.put(word, Kind.valueOf(list.getKey().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return new Abbreviations(kinds, openers);
    }
}
