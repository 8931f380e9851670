package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import org.antlr.v4.runtime.CharStreams;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the lexer: any input tokenises, and the tokens cover it exactly. */
class LexerPropertiesTest {

    @Property(tries = 500)
    void anyStringTokenisesAndIsCovered(@ForAll String text) {
        assertCovers(text, Tokenizer.tokenize(text));
    }

    @Property(tries = 1000)
    void newsLikeTextIsCovered(@ForAll("newsLike") String text) {
        assertCovers(text, Tokenizer.tokenize(text));
    }

    @Property(tries = 300)
    void documentPartsStayInsideTheText(@ForAll("newsLike") String text) {
        Document doc = Document.parse(text);
        for (Sentence s : doc.sentences()) {
            assertTrue(s.span().end() <= text.length() && s.firstToken() < s.endToken());
        }
        for (Quotation q : doc.quotations()) {
            assertTrue(q.span().end() <= text.length());
        }
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.span().start() >= previousEnd, "sentences are ordered and disjoint");
            previousEnd = s.span().end();
            doc.voice(s); // every sentence has a voice
        }
        for (Attribution a : doc.attributions()) {
            for (Span span : new Span[] {a.cue(), a.source(), a.content()}) {
                assertTrue(span == null || span.end() <= text.length(), "attribution spans inside the text");
            }
            assertTrue(a.sentence() >= 0 && a.sentence() < doc.sentences().size());
        }
    }

    /** Folding characters above ASCII for the lexer's DFA never changes the tokens. */
    @Property(tries = 1000)
    void foldingKeepsTheTokens(@ForAll("unicodeNews") String text) {
        assertEquals(Tokenizer.tokenize(text, false), Tokenizer.tokenize(text, true));
    }

    @Property(tries = 300)
    void foldingKeepsTheTokensOfAnyString(@ForAll String text) {
        assertEquals(Tokenizer.tokenize(text, false), Tokenizer.tokenize(text, true));
    }

    /** The folded stream and the wide DFA edges give the tokens ANTLR's own stream and simulator give. */
    @Property(tries = 1000)
    void theFoldedStreamKeepsTheTokensOfAntlrsStream(@ForAll("unicodeNews") String text) {
        assertEquals(Tokenizer.tokenize(text, CharStreams.fromString(text), false, false), Tokenizer.tokenize(text, true));
    }

    @Property(tries = 300)
    void theFoldedStreamKeepsTheTokensOfAnyString(@ForAll String text) {
        assertEquals(Tokenizer.tokenize(text, CharStreams.fromString(text), false, false), Tokenizer.tokenize(text, true));
    }

    /** Plain words and spaces lexed without ANTLR's simulator are the tokens ANTLR makes, whatever follows them. */
    @Property(tries = 3000)
    void plainWordsAndSpacesAreTheTokensAntlrMakes(@ForAll("wordEdges") String text) {
        assertEquals(Tokenizer.tokenize(text, CharStreams.fromString(text), false, false), Tokenizer.tokenize(text, true));
    }

    /**
     * Numbers, initialisms, line and paragraph breaks and marks lexed without ANTLR's simulator
     * are the tokens ANTLR makes, whatever follows them.
     */
    @Property(tries = 3000)
    void plainNumbersAndMarksAreTheTokensAntlrMakes(@ForAll("numberEdges") String text) {
        assertEquals(Tokenizer.tokenize(text, CharStreams.fromString(text), false, false), Tokenizer.tokenize(text, true));
    }

    @Property(tries = 1000)
    void formsMadeWhileLexingNumbersAndMarksAreTheFormsOfTheTokens(@ForAll("numberEdges") String text) {
        assertLexed(text);
    }

    /**
     * The tokens, forms and lines a document gets in one pass are the tokens, the forms made
     * from them after, and the line index of the text.
     */
    @Property(tries = 1000)
    void formsMadeWhileLexingAreTheFormsOfTheTokens(@ForAll("unicodeNews") String text) {
        assertLexed(text);
    }

    @Property(tries = 1000)
    void formsMadeWhileLexingPlainWordsAreTheFormsOfTheTokens(@ForAll("wordEdges") String text) {
        assertLexed(text);
    }

    @Property(tries = 300)
    void formsMadeWhileLexingAnyStringAreTheFormsOfTheTokens(@ForAll String text) {
        assertLexed(text);
    }

    static void assertLexed(String text) {
        Tokenizer.Lexed lexed = Tokenizer.lex(text);
        assertEquals(Tokenizer.tokenize(text, true), lexed.tokens());
        Forms expected = Forms.of(text, lexed.tokens());
        assertEquals(expected.distinct(), lexed.forms().distinct());
        for (int i = 0; i < lexed.tokens().size(); i++) {
            assertEquals(expected.form(i), lexed.forms().form(i), "form of token " + i);
            assertEquals(expected.id(i), lexed.forms().id(i), "form id of token " + i);
        }
        if (lexed.lines() != null) { // the lines found while folding are the line index's
            LineIndex lines = new LineIndex(text);
            assertEquals(lines.lineCount(), lexed.lines().lineCount());
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(lines.position(offset), lexed.lines().position(offset), "position of " + offset);
            }
        } else {
            assertTrue(text.chars().anyMatch(c -> Character.isSurrogate((char) c)), "lines are found unless surrogates");
        }
    }

    /** Words and spaces next to every character that could make them part of a longer token. */
    @Provide
    Arbitrary<String> wordEdges() {
        return Arbitraries.of("word", "Word2", "a", "U", "www", "http", "https", "ed", "mail", "x1y", " ", "  ", "\t",
                "\f", "\u000B", "\u00A0", "\u2003", ",", ";", ")", "(", ".", "@", "-", "\u2010", "'", "’", ":", "/",
                "_", "%", "+", "#", "é", "Zoë", "\u0301", "1", "12", "\n", "\r", "?", "!", "\"", "“", "”", "$", "…", "WWW",
                "e.g.", "’90s", "--", "ab.cd@ef.gh", "x_y", ". .", "..", ".a@b.c", "\n \n", "\r\n", "\u2028", "''")
                .list().ofMaxSize(20).map(l -> String.join("", l));
    }

    /** Numbers, initialisms, breaks and marks next to every character that could make them part of a longer token. */
    @Provide
    Arbitrary<String> numberEdges() {
        return Arbitraries.of("1", "12", "2019", "0", "1,000", ",000", ",00", ",", ".", ".5", "3.9", "%", "s", "S", "st",
                "nd", "rd", "th", "t", "n", "r", "h", "x", "ed", "-", "7-2", "-3", "'", "''", "’", "‘", "$", "£", "€", "¥",
                "#", "@", "_", "+", "a.m.", "U.S.", "e.g", "F.", "a", "b.", "\u0301", "é", "٣", "\u00A0", " ", "  ", "\t",
                "\n", "\n\n", "\n \n", "\n\t", "\r", "\r\n", "\u2028", "\u2029", "\f", "\u000B", "!", "?", "!?",
                ":", ";", "(", ")", "\"", "“", "”", "«", "»", "—", "–", "―", "--", "…", "...", ". .", "ab.cd@ef.gh",
                "1@b.c", "www", "http://x.y", "’90s", "1960s", "21st", "😀")
                .list().ofMaxSize(20).map(l -> String.join("", l));
    }

    /** Plain words (rule terms) skip the lexer, with the same tokens. */
    @Property(tries = 1000)
    void plainWordsAreTokenisedAsTheLexerDoes(@ForAll("plainish") String text) {
        List<Token> plain = Tokenizer.plainWords(text);
        if (plain != null) {
            assertEquals(Tokenizer.tokenize(text, true), plain);
        }
    }

    @Property(tries = 10)
    void termsArePlainWords(@ForAll("plainTerms") String text) {
        assertEquals(Tokenizer.tokenize(text, true), Tokenizer.plainWords(text));
    }

    /** Mostly plain words, with the characters that make a text not plain. */
    @Provide
    Arbitrary<String> plainish() {
        return Arbitraries.of("so", "called", "a", "Z", "-", "'", "’", " ", "  ", "www", "http", "s", "1", ".", "é",
                "\t", "@", "--", "b.i.g.").list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> plainTerms() {
        return Arbitraries.of("so-called", "meat grinder", "don't", "hard-line regime", "www", "http s", "a b c");
    }

    /** News-like pieces plus characters of every Unicode class the grammar cares about. */
    @Provide
    Arbitrary<String> unicodeNews() {
        Arbitrary<String> special = Arbitraries.of("Zoë", "Łódź", "Ærø", "北京", "é", "\u0301", "٣", "²", "Ⅻ",
                "\u00A0", "\u2003", "\u3000", "©", "€5", "£3.50", "¥", "§", "¿", "¡", "«", "»", "‹", "›", "„", "‚",
                "\u2010", "\u2011", "\u2012", "\u2212", "\u00AD", "\u200B", "\u202F", "\uFEFF", "\uD800", "😀",
                "https://é.example/ü?q=©", "ü@exämple.org", "@zoë", "#łódź", "’", "“", "”", "—", "…", "\u2028",
                "\u2029", "x", " ", "'", ".", "-", "1");
        return Arbitraries.oneOf(newsLike(), special).list().ofMaxSize(50).map(l -> String.join("", l));
    }

    /** Text built from the pieces that make lexing hard: quotes, apostrophes, dashes, numbers. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "Kim", "don't", "Moscow’s", "flag-draped", "12,000", "3.9%", "$1.9", "7-2", "1990s",
                "’90s", "U.S.", "a.m.", "Dr.", "F.", "\"", "“", "”", "'", "‘", "’", "—", "–", "--",
                "...", "…", ".", "!", "?", "?!", ",", ";", ":", "(", ")", " ", "  ", "\t", "\n",
                "\n\n", "\r\n", "\r", "https://example.com/a.b?c=1", "www.example.org.", "ed@example.com",
                "@handle", "#tag", "é", "😀", "\u0000", "\u2028", "\u00A0", "-", "s'", "x", "A");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    static void assertCovers(String text, List<Token> tokens) {
        int at = 0;
        for (Token t : tokens) {
            assertEquals(at, t.start(), "tokens are contiguous");
            assertTrue(t.end() > t.start(), "tokens are not empty");
            at = t.end();
        }
        assertEquals(text.length(), at, "tokens cover the input");
    }
}
