package dev.slant.engine;

import dev.slant.rules.SourceRule;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import dev.slant.text.Work;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word forms of the sources of one sentence's attributions, made when a source rule
 * first asks for them and shared by the other source rules. Most sentences need none (no
 * attribution, or an "unless" phrase excuses them), so nothing is made up front. One per
 * document and thread, {@link #reset} for each sentence.
 */
final class SourceWords {

    private final Document doc;
    private Sentence sentence;
    private List<Attribution> attributions; // the sentence's
    private final List<List<String>> bySource = new ArrayList<>(); // by attribution number; null until asked
    private int[] lastWord = new int[4]; // by attribution number: its source's last word token + 2; 0 until asked, 1 for none
    private SourceRule[] rules = new SourceRule[0]; // the rules asked so far (a set has a few source rules)
    private FormFlags[] lastWords = new FormFlags[0]; // by the rule at the same index: its SourceRule::mayEndVague

    SourceWords(Document doc) {
        this.doc = doc;
    }

    /** Forgets the words of the previous sentence. */
    void reset(Sentence s) {
        sentence = s;
        attributions = doc.attributions(s);
        bySource.clear();
        if (lastWord.length < attributions.size()) {
            lastWord = new int[attributions.size()];
        } else {
            Arrays.fill(lastWord, 0, attributions.size(), 0);
        }
    }

    /** The attributions of the sentence ({@link Document#attributions(Sentence)}), read once for all rules. */
    List<Attribution> attributions() {
        return attributions;
    }

    /** The forms of the words of the source of the sentence's attribution number {@code k}. */
    List<String> of(int k, Span source) {
        while (bySource.size() <= k) {
            Work.step();
            bySource.add(null);
        }
        List<String> words = bySource.get(k);
        if (words == null) {
            words = words(source);
            bySource.set(k, words);
        }
        return words;
    }

    /**
     * False if the source surely is not vague for the rule, by its last word alone
     * ({@link SourceRule#mayEndVague}, asked once per distinct form): most sources are
     * names, and need no list of words. {@code source} is that of the sentence's
     * attribution number {@code k}; its last word is found once for all rules.
     */
    boolean mayBeVague(int k, Span source, SourceRule rule) {
        if (lastWord[k] == 0) {
            lastWord[k] = lastWord(source) + 2;
        }
        int last = lastWord[k] - 2;
        if (last < 0) {
            return true; // no words: let the rule say
        }
        return lastWords(rule).at(last);
    }

    /** The rule's {@link SourceRule#mayEndVague} for the document's forms, by a search of the few rules asked. */
    private FormFlags lastWords(SourceRule rule) {
        for (int r = 0; r < rules.length; r++) {
            Work.step();
            if (rules[r] == rule) {
                return lastWords[r];
            }
        }
        rules = Arrays.copyOf(rules, rules.length + 1);
        lastWords = Arrays.copyOf(lastWords, rules.length);
        rules[rules.length - 1] = rule;
        lastWords[rules.length - 1] = new FormFlags(doc, rule::mayEndVague);
        return lastWords[rules.length - 1];
    }

    /**
     * The last word token of the span, or -1 if it has none. Walks back from the last
     * token in the span to the one that holds its start, which it knows by its start
     * offset: no second search for the first token (a source mostly ends in a word).
     */
    private int lastWord(Span source) {
        if (source.end() <= source.start()) {
            return -1;
        }
        for (int i = tokenAt(source.end() - 1); i >= 0; i--) {
            Work.step();
            if (doc.tokenKind(i).isWordLike()) {
                return i;
            }
            if (doc.tokenStart(i) <= source.start()) {
                return -1; // the token that holds the start: the span has no word
            }
        }
        return -1;
    }

    private List<String> words(Span span) {
        List<String> out = new ArrayList<>(4);
        for (int i = tokenAt(span.start()); i < doc.tokens().size() && doc.tokenStart(i) < span.end(); i++) {
            Work.step();
            if (doc.tokenKind(i).isWordLike()) {
                out.add(doc.form(i));
            }
        }
        return out;
    }

    /**
     * {@link Document#tokenAt}, searching only the sentence's tokens when the offset lies
     * in them (a source mostly does).
     */
    private int tokenAt(int offset) {
        int first = sentence.firstToken();
        int end = sentence.endToken();
        if (end <= first || offset < doc.tokenStart(first) || offset >= doc.tokenEnd(end - 1)) {
            return doc.tokenAt(offset);
        }
        return doc.tokenAt(offset, first, end);
    }
}
