package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Inflector;
import dev.slant.text.WordForms;
import dev.slant.text.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes for patterns (@person, @group…): each name maps to the normalised
 * forms of its words, inflections included. The built-in classes come from
 * {@code classes.yml} in the text layer; a pack's own classes take precedence.
 */
public final class WordClasses {

    private static final WordClasses BUILT_IN = new WordClasses(loadBuiltIn(), null);

    private final Map<String, Set<String>> classes;
    private final WordClasses fallback;

    private WordClasses(Map<String, Set<String>> classes, WordClasses fallback) {
        this.classes = Map.copyOf(classes);
        this.fallback = fallback;
    }

    public static WordClasses builtIn() {
        return BUILT_IN;
    }

    /** Classes defined by a pack (name to base-form words), falling back to the built-in ones. */
    public static WordClasses of(Map<String, List<String>> words) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (Map.Entry<String, List<String>> e : words.entrySet()) {
            Work.step();
            forms.put(e.getKey(), inflect(e.getValue()));
        }
        return new WordClasses(forms, BUILT_IN);
    }

    /** The forms of a class, or null if there is no such class. */
    public Set<String> get(String name) {
        Set<String> own = classes.get(name);
        return own != null || fallback == null ? own : fallback.get(name);
    }

    private static Set<String> inflect(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            Work.step();
            out.addAll(Inflector.forms(WordForms.normalise(w)));
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> loadBuiltIn() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : WordLists.load("classes.yml").entrySet()) {
            Work.step();
            out.put(e.getKey(), inflect(e.getValue()));
        }
        return out;
    }
}
