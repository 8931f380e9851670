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
    public static final Set<String> KEYS = Set.of("terms", "exceptions", "inflect");

    private static final Set<String> TERM_KEYS = Set.of("term", "suggestions", "inflect");
    private static final int MAX_VARIANT_PARTS = 6;

    private final RuleMeta meta;
    private final List<Term> terms;
    private final List<Term> exceptions;
    private final List<PhrasePattern> patterns;

    PhraseRule(RuleMeta meta, List<Term> terms, List<Term> exceptions) {
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
        return new PhraseRule(meta, terms, exceptions);
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
