package dev.slant.rules;

import dev.slant.text.Token;
import dev.slant.text.TokenKind;
import dev.slant.text.Inflector;
import dev.slant.text.Tokenizer;
import dev.slant.text.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule kind {@code phrase}: a list of terms, single words or multi-word phrases, matched
 * case-insensitively with their inflected forms, through possessives, and with hyphen and
 * space variants ("so-called" / "so called"). Exceptions are phrases in which a term must
 * not fire ("claimed responsibility"). The terms of all phrase rules compile into one
 * matcher in the engine; this class turns its terms into {@link PhrasePattern}s.
 *
 * <p>YAML keys: {@code terms} (required: strings, or mappings with {@code term},
 * {@code suggestions}, {@code inflect}), {@code exceptions} (strings), {@code inflect}
 * (default true: match inflected forms).
 */
public final class PhraseRule implements Rule {

    /** The keys this kind adds to the common rule keys. */
    public static final Set<String> KEYS = Set.of("terms", "exceptions", "inflect", "fix");

    private static final Set<String> TERM_KEYS = Set.of("term", "suggestions", "inflect");
    private static final int MAX_VARIANT_PARTS = 6;

    private final RuleMeta meta;
    private final List<Term> terms;
    private final List<Term> exceptions;
    private final List<PhrasePattern> patterns;
    private final boolean fixSafe;

    PhraseRule(RuleMeta meta, List<Term> terms, List<Term> exceptions) {
        this(meta, terms, exceptions, false);
    }

    private PhraseRule(RuleMeta meta, List<Term> terms, List<Term> exceptions, boolean fixSafe) {
        this.fixSafe = fixSafe;
        this.meta = meta;
        this.terms = List.copyOf(terms);
        this.exceptions = List.copyOf(exceptions);
        List<PhrasePattern> all = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            all.addAll(patternsOf(terms.get(i), i, false));
        }
        for (int i = 0; i < exceptions.size(); i++) {
            all.addAll(patternsOf(exceptions.get(i), i, true));
        }
        this.patterns = List.copyOf(all);
    }

    static PhraseRule fromYaml(RuleMeta meta, Map<String, YamlValue> keys) {
        boolean inflect = keys.containsKey("inflect") ? keys.get("inflect").bool() : true;
        YamlValue termList = keys.get("terms");
        if (termList == null) {
            throw new RuleFileException(meta.origin(), "terms", "a phrase rule needs a 'terms' list");
        }
        List<Term> terms = readTerms(termList, inflect, true);
        if (terms.isEmpty()) {
            throw termList.error("must list at least one term");
        }
        List<Term> exceptions = keys.containsKey("exceptions")
                ? readTerms(keys.get("exceptions"), inflect, false) : List.of();
        boolean fixSafe = false;
        if (keys.containsKey("fix")) {
            YamlValue fix = keys.get("fix");
            if (!fix.string().equals("safe")) {
                throw fix.error("the only value is 'safe' (slant fix may apply this rule's suggestions)");
            }
            fixSafe = true;
        }
        PhraseRule rule = new PhraseRule(meta, terms, exceptions, fixSafe);
        if (fixSafe && terms.stream().noneMatch(t -> !t.inflect() && rule.suggestionsFor(terms.indexOf(t)).size() == 1)) {
            throw keys.get("fix").error("slant fix applies only terms written with 'inflect: false' and one "
                    + "suggestion (so the replacement fits the exact form); this rule has none");
        }
        return rule;
    }

    /**
     * The replacement slant fix may make for words this rule flagged, or null. Only a rule
     * marked {@code fix: safe}, and only for a term written in its exact form
     * ({@code inflect: false}) with exactly one suggestion: the author chose that
     * replacement for that form, so the fix is safe by construction.
     */
    public String fixFor(String matched) {
        if (!fixSafe) {
            return null;
        }
        String form = WordForms.normalise(matched);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (!t.inflect() && WordForms.normalise(t.text()).equals(form) && suggestionsFor(i).size() == 1) {
                return suggestionsFor(i).get(0);
            }
        }
        return null;
    }

    /** True if the rule is marked {@code fix: safe}. */
    public boolean fixSafe() {
        return fixSafe;
    }

    static List<Term> readTerms(YamlValue list, boolean inflect, boolean allowMappings) {
        List<Term> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlValue item : list.list()) {
            Term term;
            if (item.isMapping() && allowMappings) {
                Map<String, YamlValue> m = item.mapping(TERM_KEYS, Set.of("term"));
                term = new Term(m.get("term").string(),
                        m.containsKey("suggestions") ? m.get("suggestions").strings() : List.of(),
                        m.containsKey("inflect") ? m.get("inflect").bool() : inflect, item.origin());
            } else {
                term = new Term(item.string(), List.of(), inflect, item.origin());
            }
            checkWords(term, item);
            if (!seen.add(WordForms.normalise(term.text()))) {
                throw item.error("duplicate term '" + term.text() + "'");
            }
            out.add(term);
        }
        return out;
    }

    /** A list of plain phrases, inflected, that names at least one {@code what}. */
    static List<Term> someTerms(YamlValue list, String what) {
        List<Term> terms = readTerms(list, true, false);
        if (terms.isEmpty()) {
            throw list.error("must list at least one " + what);
        }
        return terms;
    }

    /** The plain phrases, inflected, under an optional key (none when it is absent). */
    static List<Term> optionalTerms(Map<String, YamlValue> keys, String key) {
        return keys.containsKey(key) ? readTerms(keys.get(key), true, false) : List.of();
    }

    private static void checkWords(Term term, YamlValue item) {
        for (Token t : Tokenizer.tokenize(term.text())) {
            if (!t.kind().isWordLike() && t.kind() != TokenKind.SPACE) {
                throw item.error("term '" + term.text() + "' may hold only words and spaces, found '"
                        + t.text(term.text()) + "'");
            }
        }
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Term> exceptions() {
        return exceptions;
    }

    /** Every token sequence this rule's terms and exceptions match. */
    @Override
    public List<PhrasePattern> patterns() {
        return patterns;
    }

    /** The suggestions for a match of term {@code termIndex}: the term's own, else the rule's. */
    public List<String> suggestionsFor(int termIndex) {
        List<String> own = terms.get(termIndex).suggestions();
        return own.isEmpty() ? meta.suggestions() : own;
    }

    /**
     * Spelling variants: each word split at its hyphens into parts, then every way of
     * joining neighbouring parts with a hyphen or a space. "so-called" gives [so-called]
     * and [so, called]; "meat grinder" also gives [meat-grinder].
     */
    static List<PhrasePattern> patternsOf(Term term, int index, boolean exception) {
        List<String> parts = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(term.text())) {
            if (t.kind() != TokenKind.SPACE) {
                for (String part : WordForms.normalise(t.text(term.text())).split("-")) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
            }
        }
        int joints = parts.size() - 1;
        List<PhrasePattern> out = new ArrayList<>();
        if (parts.size() > MAX_VARIANT_PARTS) {
            out.add(pattern(List.of(String.join(" ", parts).split(" ")), term, index, exception));
            return out;
        }
        for (int mask = 0; mask < (1 << joints); mask++) {
            List<String> words = new ArrayList<>();
            StringBuilder current = new StringBuilder(parts.get(0));
            for (int j = 0; j < joints; j++) {
                if ((mask & (1 << j)) != 0) {
                    current.append('-').append(parts.get(j + 1));
                } else {
                    words.add(current.toString());
                    current = new StringBuilder(parts.get(j + 1));
                }
            }
            words.add(current.toString());
            out.add(pattern(words, term, index, exception));
        }
        return out;
    }

    private static PhrasePattern pattern(List<String> words, Term term, int index, boolean exception) {
        List<Boolean> inflected = new ArrayList<>();
        for (String w : words) {
            inflected.add(term.inflect() && Inflector.inflects(w));
        }
        return new PhrasePattern(words, inflected, index, exception);
    }
}
