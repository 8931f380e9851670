package dev.slant.rules;

import dev.slant.text.pattern.PatternException;
import dev.slant.text.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule kind {@code pattern}: one or more patterns over the words of a sentence, with
 * word, lemma and class tests, alternatives, optional and repeated elements, negation,
 * and context before and after the reported part (syntax: grammar/SlantPattern.g4,
 * docs/rules.md). Exceptions are phrases, as for phrase rules.
 *
 * <p>YAML keys: {@code pattern} (required: a pattern or a list of them),
 * {@code exceptions} (phrases). Word classes come from the pack's {@code classes}
 * mapping and the built-in classes.
 */
public final class PatternRule implements Rule {

    /** The keys this kind adds to the common rule keys. */
    public static final Set<String> KEYS = Set.of("pattern", "exceptions");

    private final RuleMeta meta;
    private final List<TokenPattern> tokenPatterns;
    private final List<PhrasePattern> exceptionPatterns;

    private PatternRule(RuleMeta meta, List<TokenPattern> tokenPatterns, List<Term> exceptions) {
        this.meta = meta;
        this.tokenPatterns = List.copyOf(tokenPatterns);
        List<PhrasePattern> all = new ArrayList<>();
        for (int i = 0; i < exceptions.size(); i++) {
            all.addAll(PhraseRule.patternsOf(exceptions.get(i), i, true));
        }
        this.exceptionPatterns = List.copyOf(all);
    }

    static PatternRule fromYaml(RuleMeta meta, Map<String, YamlValue> keys, PackContext pack) {
        YamlValue value = keys.get("pattern");
        if (value == null) {
            throw new RuleFileException(meta.origin(), "pattern", "a pattern rule needs a 'pattern'");
        }
        List<YamlValue> sources = value.isScalar() ? List.of(value) : value.list();
        if (sources.isEmpty()) {
            throw value.error("must give at least one pattern");
        }
        List<TokenPattern> patterns = new ArrayList<>();
        for (YamlValue source : sources) {
            try {
                patterns.add(TokenPattern.compile(source.string(), pack.classes()));
            } catch (PatternException e) {
                throw source.error(e.getMessage());
            }
        }
        return new PatternRule(meta, patterns, PhraseRule.optionalTerms(keys, "exceptions"));
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** The compiled patterns, in file order. */
    public List<TokenPattern> tokenPatterns() {
        return tokenPatterns;
    }

    /** The exceptions, as phrase patterns for the shared matcher. */
    @Override
    public List<PhrasePattern> patterns() {
        return exceptionPatterns;
    }
}
