package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.ClaimRule;
import dev.slant.rules.FramingRule;
import dev.slant.rules.HouseRules;
import dev.slant.rules.PatternRule;
import dev.slant.rules.PhraseRule;
import dev.slant.rules.Rule;
import dev.slant.rules.SourceRule;
import dev.slant.text.Deadline;
import dev.slant.text.Document;
import dev.slant.text.Part;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import dev.slant.text.pattern.PatternWords;
import dev.slant.text.pattern.SentenceWords;
import dev.slant.text.pattern.WordFilter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link RuleSet} over documents: sentence in, findings out, sorted by position.
 * One pass of the shared matcher per sentence feeds every rule. Stateless apart from the
 * immutable rule set, so one linter serves many threads.
 */
public final class Linter {

    /** Findings in file order; ties broken by rule id so output is stable. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.start().offset())
            .thenComparingInt(f -> f.end().offset())
            .thenComparing(Finding::rule);

    private final RuleSet rules;
    private final int[] sentenceRules; // the numbers of the rules that look at every sentence
    private final Rule[] sentenceRule; // those rules, in the same order: no list, interface or type test per sentence
    private final boolean[][] sentenceChecks; // by Part ordinal, then as sentenceRules: RuleMeta.checks, asked once
    private final int[] patternEnd; // for a pattern rule among them, the id after its last pattern's; else -1
    private final boolean anyParts; // true if some rule checks only some parts of an article
    private final PatternIndex patterns;
    private final ClaimMessages[] claimMessages; // by rule number, for a claim rule
    private final List<ClaimRule> claimRules; // the claim rules of the set, whose number words WordMarks marks
    private final WordFilter numberWordFilter; // all their number words: most forms are none, told without a probe per rule

    public Linter(RuleSet rules) {
        this.rules = rules;
        this.patterns = new PatternIndex(rules.rules());
        List<Integer> each = new ArrayList<>();
        List<ClaimRule> claims = new ArrayList<>();
        this.claimMessages = new ClaimMessages[rules.rules().size()];
        for (int r = 0; r < rules.rules().size(); r++) {
            Work.step();
            Rule rule = rules.rules().get(r);
            if (rule instanceof ClaimRule || rule instanceof SourceRule || rule instanceof PatternRule) {
                each.add(r); // these look at every sentence, matched or not
            }
            if (rule instanceof ClaimRule) {
                claims.add((ClaimRule) rule);
                claimMessages[r] = new ClaimMessages(rule.meta());
            }
        }
        this.claimRules = List.copyOf(claims);
        this.numberWordFilter = WordMarks.numberWordFilter(claimRules);
        this.sentenceRules = each.stream().mapToInt(Integer::intValue).toArray();
        this.sentenceRule = new Rule[sentenceRules.length];
        this.sentenceChecks = new boolean[Part.values().length][sentenceRules.length];
        this.patternEnd = new int[sentenceRules.length];
        for (int e = 0; e < sentenceRules.length; e++) {
            Work.step();
            Rule rule = rules.rules().get(sentenceRules[e]);
            sentenceRule[e] = rule;
            for (Part part : Part.values()) {
                Work.step();
                sentenceChecks[part.ordinal()][e] = rule.meta().checks(part);
            }
            patternEnd[e] = rule instanceof PatternRule
                    ? patterns.start(sentenceRules[e]) + ((PatternRule) rule).tokenPatterns().size() : -1;
        }
        boolean parts = false;
        for (Rule rule : rules.rules()) {
            Work.step();
            parts |= !rule.meta().parts().isEmpty();
        }
        this.anyParts = parts;
    }

    public RuleSet rules() {
        return rules;
    }

    public List<Finding> lint(String text) {
        return lint(Document.parse(text));
    }

    public List<Finding> lint(Document doc) {
        return lint(doc, Policy.DEFAULT);
    }

    /** The findings of a draft under a user's policy (configuration levels and lowest severity). */
    public List<Finding> lint(Document doc, Policy policy) {
        List<Finding> out = new ArrayList<>();
        FramingCheck[] framing = new FramingCheck[rules.rules().size()]; // by rule number, made when first needed
        FormCache<PhraseMatcher.Known> lookup = rules.phraseMatcher().lookup(doc);
        PatternWords patternWords = PatternWords.of(doc);
        FormCache<long[]> required = new FormCache<>(patterns::requirementsOf, doc);
        WordMarks marks = new WordMarks(doc, lookup, required, claimRules, numberWordFilter);
        SourceWords sourceWords = new SourceWords(doc); // shared by the source rules, per sentence
        BitSet candidateSet = new BitSet(); // each sentence's candidate patterns, in turn
        long[] met = patterns.newMet(); // the anchor requirements of each sentence's words, in turn
        FormFlags[] numberWords = new FormFlags[rules.rules().size()]; // by claim rule number, made when first needed
        for (Sentence sentence : doc.sentences()) {
            Work.step();
            Deadline.check();
            Part part = anyParts ? doc.part(sentence) : null; // null: every rule checks every part
            MatchGroups byRule = MatchGroups.of(rules.phraseMatcher().match(doc, sentence, marks, lookup));
            for (int i = 0; i < byRule.size(); ) {
                Work.step();
                int r = byRule.ruleAt(i);
                int j = byRule.end(i);
                Rule rule = rules.rules().get(r);
                if (part == null || rule.meta().checks(part)) {
                    if (rule instanceof PhraseRule) {
                        PhraseCheck.check(doc, (PhraseRule) rule, byRule.group(i, j), out);
                    } else if (rule instanceof FramingRule) {
                        List<PhraseMatcher.Match> group = byRule.group(i, j);
                        if (framing[r] == null) {
                            framing[r] = new FramingCheck((FramingRule) rule);
                        }
                        framing[r].add(doc, group);
                    }
                }
                i = j;
            }
            SentenceWords words = null;
            sourceWords.reset(sentence);
            BitSet candidates = patterns.isEmpty() ? null : patterns.candidates(doc, sentence, marks, required, candidateSet, met);
            boolean[] checks = sentenceChecks[part == null ? Part.BODY.ordinal() : part.ordinal()];
            for (int e = 0; e < sentenceRules.length; e++) {
                Work.step();
                if (!checks[e]) {
                    continue;
                }
                int r = sentenceRules[e];
                Rule rule = sentenceRule[e];
                if (patternEnd[e] >= 0) {
                    int next = candidates.nextSetBit(patterns.start(r));
                    if (next < 0 || next >= patternEnd[e]) {
                        continue; // none of its patterns has a word it needs here
                    }
                    if (words == null) {
                        words = SentenceWords.of(doc, sentence, patternWords); // once per sentence, for every pattern
                    }
                    PatternCheck.check(doc, words, (PatternRule) rule, candidates, patterns.start(r), byRule.of(r), out);
                } else if (rule instanceof ClaimRule) {
                    if (numberWords[r] == null) {
                        numberWords[r] = ClaimCheck.numberWords(doc, (ClaimRule) rule);
                    }
                    ClaimCheck.check(doc, sentence, (ClaimRule) rule, byRule.of(r), numberWords[r], marks, claimMessages[r], out);
                } else {
                    SourceCheck.check(doc, sentence, (SourceRule) rule, byRule.of(r), sourceWords, out);
                }
            }
        }
        for (FramingCheck check : framing) {
            Work.step();
            if (check != null) {
                check.finish(doc, out); // framing looks at the whole article, in rule order
            }
        }
        out.sort(ORDER);
        List<Finding> kept = dropRepeats(ContextFilter.apply(rules, doc.frontMatter(), policy, accept(doc, out)));
        List<Finding> found = Suppressions.apply(doc, rules, kept, policy.reportUnusedDisables());
        return List.copyOf(policy.fingerprints() ? Fingerprints.assign(doc, found) : found);
    }

    /** The findings that do not lie within an accepted house term. */
    private List<Finding> accept(Document doc, List<Finding> findings) {
        PhraseMatcher matcher = rules.acceptMatcher();
        if (matcher == null || findings.isEmpty()) {
            return findings;
        }
        List<Span> accepted = new ArrayList<>();
        FormCache<PhraseMatcher.Known> lookup = matcher.lookup(doc);
        WordMarks marks = new WordMarks(doc, lookup, null, List.of());
        for (Sentence sentence : doc.sentences()) {
            Work.step();
            for (PhraseMatcher.Match m : matcher.match(doc, sentence, marks, lookup)) {
                Work.step();
                accepted.add(new Span(doc.tokenStart(m.firstToken()), doc.tokenEnd(m.endToken() - 1)));
            }
        }
        if (accepted.isEmpty()) {
            return findings;
        }
        accepted.sort(Comparator.comparingInt(Span::start));
        int[] reach = new int[accepted.size()]; // the furthest end of the spans up to each
        for (int i = 0; i < reach.length; i++) {
            Work.step();
            reach[i] = Math.max(i == 0 ? 0 : reach[i - 1], accepted.get(i).end());
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Work.step();
            int last = lastStartingBy(accepted, f.span().start());
            if (last < 0 || reach[last] < f.span().end()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The index of the last span (sorted by start) that starts at or before {@code at}, or -1. */
    private static int lastStartingBy(List<Span> sorted, int at) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int last = -1;
        while (lo <= hi) {
            Work.step();
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= at) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last;
    }

    /** Why each sentence counts as a claim, by the claim rules of the set (for analysis). */
    public SentenceClaims claims(Document doc) {
        List<List<String>> reasons = new ArrayList<>();
        FormFlags[] numberWords = new FormFlags[rules.rules().size()]; // by claim rule number, made when first needed
        FormCache<PhraseMatcher.Known> lookup = rules.phraseMatcher().lookup(doc);
        WordMarks marks = new WordMarks(doc, lookup, null, claimRules, numberWordFilter);
        for (Sentence sentence : doc.sentences()) {
            Work.step();
            MatchGroups byRule = MatchGroups.of(rules.phraseMatcher().match(doc, sentence, marks, lookup));
            List<String> all = new ArrayList<>();
            for (int r : sentenceRules) {
                Work.step();
                if (rules.rules().get(r) instanceof ClaimRule && rules.rules().get(r).meta().checks(doc.part(sentence))) {
                    ClaimRule rule = (ClaimRule) rules.rules().get(r);
                    if (numberWords[r] == null) {
                        numberWords[r] = ClaimCheck.numberWords(doc, rule);
                    }
                    for (String reason : ClaimCheck.reasons(doc, sentence, rule, byRule.of(r), numberWords[r], marks)) {
                        if (!all.contains(reason)) {
                            all.add(reason);
                        }
                    }
                }
            }
            reasons.add(List.copyOf(all));
        }
        return new SentenceClaims(reasons);
    }

    /**
     * Two rules of one category flagging the same words ("Critics say" as a phrase and as a
     * vague source) would report one problem twice: keep the first of findings of the same
     * category whose spans are equal or nested. A house-style finding (configuration) on
     * exactly the words of a pack's finding replaces it.
     */
    private static List<Finding> dropRepeats(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            Work.step();
            boolean repeat = false;
            for (int k = out.size() - 1; k >= 0 && out.get(k).span().end() > f.span().start(); k--) {
                Work.step();
                Finding g = out.get(k);
                boolean house = isHouse(g) != isHouse(f) && g.span().equals(f.span());
                if (house || (g.category().equals(f.category())
                        && (g.span().contains(f.span()) || f.span().contains(g.span())))) {
                    if (house && isHouse(f)) {
                        out.set(k, f); // the house's own word on a term beats a pack's
                    }
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isHouse(Finding f) {
        return f.category().equals(HouseRules.CATEGORY);
    }
}
