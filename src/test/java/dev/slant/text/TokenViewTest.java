package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The token view's shortcuts give the answers of the plain lookups they replaced: phrases
 * compared by word id are the phrases compared as strings, and the quotations found by a
 * mark's rank are those a map from token to quotation gave.
 */
class TokenViewTest {

    private final AttributionLexicon lex = AttributionLexicon.defaults();

    /** A parsed text and its token view. */
    private record Viewed(TokenView view, Tokens tokens, List<Sentence> sentences, List<Quotation> quotations) {
    }

    private Viewed view(String text) {
        Tokenizer.Lexed lexed = Tokenizer.lex(text);
        Tokens tokens = lexed.tokens();
        List<Paragraph> paragraphs = ParagraphSplitter.split(tokens);
        QuotationFinder.Result quotes = QuotationFinder.find(text, tokens, paragraphs);
        List<Sentence> sentences = new SentenceSplitter(text, tokens, lexed.forms(), quotes.closer(),
                Abbreviations.defaults()).split(paragraphs);
        TokenView view = new TokenView(text, tokens, lexed.forms(), quotes.quotations(), quotes.depth(), lex);
        return new Viewed(view, tokens, sentences, quotes.quotations());
    }

    private List<PhraseList> lists() {
        return List.of(lex.sourceAfterPhrases, lex.plainPhrases, lex.beliefPhrases, lex.extensionPhrases,
                lex.backReferences);
    }

    /** Texts of the lists' phrases and their words, other words, punctuation and quotation marks, in random order. */
    private List<String> texts(int count, long seed) {
        Set<String> words = new LinkedHashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        for (PhraseList list : lists()) {
            for (List<String> phrase : list.all()) {
                words.addAll(phrase);
                phrases.add(phrase);
            }
        }
        words.addAll(List.of("Ruiz", "THE", "In", "bridge", "reopen", "Łódź", "élan", "42", "5%"));
        List<String> vocabulary = new ArrayList<>(words);
        String[] glue = {" ", " ", " ", " ", "  ", ", ", ": ", ". ", " “", "” ", " \"", "\" ", "'s ", "\n\n", " — "};
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 5 + random.nextInt(60);
            for (int k = 0; k < length; k++) {
                String w = vocabulary.get(random.nextInt(vocabulary.size()));
                if (random.nextInt(3) == 0) { // a phrase, whole or cut short
                    List<String> phrase = phrases.get(random.nextInt(phrases.size()));
                    w = String.join(" ", phrase.subList(0, 1 + random.nextInt(phrase.size())));
                }
                sb.append(random.nextInt(8) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                sb.append(glue[random.nextInt(glue.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** {@link TokenView#matchAny}, as it was: the longest phrase of the list whose words, as strings, follow word i. */
    private static int matchAnyByStrings(TokenView t, PhraseList list, int i, Sentence s) {
        if (i >= s.endToken() || !t.isWord(i)) {
            return -1;
        }
        int best = -1;
        for (List<String> phrase : list.all()) {
            int j = i;
            boolean ok = t.word(i).equals(phrase.get(0));
            for (int k = 1; ok && k < phrase.size(); k++) {
                j = t.nextWord(j + 1, s);
                ok = j >= 0 && t.word(j).equals(phrase.get(k));
            }
            best = ok ? Math.max(best, j + 1) : best;
        }
        return best;
    }

    /** {@link TokenView#matchesExactly}, as it was: the tokens that are not white space are one phrase's words. */
    private static boolean matchesExactlyByStrings(TokenView t, Tokens tokens, PhraseList list, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (!tokens.kind(i).isSpace()) {
                words.add(t.word(i));
            }
        }
        return !words.isEmpty() && !tokens.kind(end - 1).isSpace() && list.all().contains(words);
    }

    /** Calls {@code test} with every token of every sentence of the texts, and the token's view and sentence. */
    private void forEachToken(List<String> texts, TokenTest test) {
        for (String text : texts) {
            Viewed v = view(text);
            for (Sentence s : v.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    test.run(v, s, i, text + " @" + i);
                }
            }
        }
    }

    /** A test of one token of a sentence; {@code where} names it in messages. */
    private interface TokenTest {
        void run(Viewed v, Sentence s, int i, String where);
    }

    @Test
    void phrasesByIdMatchAsTheirStrings() {
        forEachToken(texts(300, 7), (v, s, i, where) -> {
            for (PhraseList list : lists()) { // several lists at one word, as the cue finder asks
                assertEquals(matchAnyByStrings(v.view(), list, i, s), v.view().matchAny(list, i, s), where);
            }
        });
    }

    @Test
    void runsByIdMatchExactlyAsTheirStrings() {
        forEachToken(texts(300, 11), (v, s, start, where) -> {
            for (int end = start + 1; end <= s.endToken() && end <= start + 12; end++) {
                assertEquals(matchesExactlyByStrings(v.view(), v.tokens(), lex.backReferences, start, end),
                        v.view().matchesExactly(lex.backReferences, start, end), where + "-" + end);
            }
        });
    }

    /** The cue candidates found as the finder asks, in any order, are those of a test of each token. */
    @Test
    void cueCandidatesAreTheTokensWhereACueMayStart() {
        Random random = new Random(17);
        for (String text : texts(200, 19)) {
            Viewed v = view(text);
            TokenView t = v.view();
            for (Sentence s : v.sentences()) {
                for (int n = 0; n < 3 * (s.endToken() - s.firstToken()); n++) {
                    int from = n < s.endToken() - s.firstToken() ? s.firstToken() + n // in order, then at random
                            : s.firstToken() + random.nextInt(s.endToken() - s.firstToken() + 1);
                    int expected = from;
                    while (expected < s.endToken() && !(!t.inQuotation(expected) && (t.isWord(expected)
                            ? t.mayStartCue(expected) : t.kind(expected) == TokenKind.DASH || t.isColon(expected)))) {
                        expected++;
                    }
                    assertEquals(expected, t.nextCueCandidate(from, s.endToken()), text + " @" + from);
                }
            }
        }
    }

    @Test
    void quotationsByRankAreThoseOfTheirMarks() {
        List<String> texts = new ArrayList<>(texts(200, 13));
        texts.add("“He said ‘no’ twice,” she said. \"Open and \"shut\" she said. “Never closed");
        texts.add("'Single' and “double ‘nested “deep” marks’ here” and \"straight\" ones.");
        for (String text : texts) {
            Viewed v = view(text);
            for (int i = 0; i < v.tokens().size(); i++) {
                Quotation opened = null; // the last one put, as a map from token to quotation kept
                Quotation closed = null;
                for (Quotation q : v.quotations()) {
                    if (!q.nested() && q.openToken() == i) {
                        opened = q;
                    }
                    if (!q.nested() && q.closed() && q.closeToken() == i) {
                        closed = q;
                    }
                }
                assertSame(opened, v.view().openedAt(i), text + " @" + i);
                assertSame(closed, v.view().closedAt(i), text + " @" + i);
            }
        }
    }

    /**
     * {@link TokenView#hasPercentage} by the forms' percent bits is the test of each token's
     * characters it replaced, for percentages in any case, above ASCII and next to the
     * look-alikes ("percents", a full-width sign).
     */
    @Test
    void percentagesByFormAreThoseOfTheText() {
        String[] words = {"5%", "42.5%", "PerCent", "percent", "PERCENT", "percents", "per cent", "5％", "٥%",
            "pércent", "%", "5 %", "%5", "Łódź%", "per-cent", "x%y", "10-percent", "said", "Ruiz"};
        String[] glue = {" ", "  ", ", ", ". ", " “", "” ", "\n\n", " — ", "(", ") "};
        Random random = new Random(23);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 3 + random.nextInt(30); k++) {
                sb.append(words[random.nextInt(words.length)]).append(glue[random.nextInt(glue.length)]);
            }
            String text = sb.toString();
            Viewed v = view(text);
            int size = v.tokens().size();
            for (int from = 0; from < size; from++) {
                boolean expected = false;
                for (int end = from + 1; end <= size && end <= from + 8; end++) {
                    expected |= v.view().isPercentageToken(end - 1);
                    assertEquals(expected, v.view().hasPercentage(from, end), text + " @" + from + "-" + end);
                }
            }
        }
    }
}
