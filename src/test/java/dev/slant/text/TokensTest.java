package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token arrays keep no ends: each token ends where the next starts, the last where it was added to end. */
class TokensTest {

    @Test
    void endsComeFromTheNextStart() {
        Tokens t = new Tokens(1);
        t.add(TokenKind.WORD, 0, 3);
        t.add(TokenKind.SPACE, 3, 4);
        t.add(TokenKind.WORD, 4, 9);
        assertEquals(List.of(new Token(TokenKind.WORD, 0, 3), new Token(TokenKind.SPACE, 3, 4),
                new Token(TokenKind.WORD, 4, 9)), t);
        t.trim();
        assertEquals(9, t.end(2));
        assertEquals(4, t.end(1));
    }

    @Test
    void aGapOrAnOverlapIsRefused() {
        Tokens t = new Tokens(4);
        t.add(TokenKind.WORD, 0, 3);
        assertThrows(IllegalArgumentException.class, () -> t.add(TokenKind.SPACE, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> t.add(TokenKind.SPACE, 2, 5));
    }

    /** A word added with the space after it is the two tokens {@link Tokens#add} makes, checked the same way. */
    @Test
    void aWordAndItsSpaceAreTwoTokens() {
        Tokens t = new Tokens(1);
        t.addWord(0, 3, true);
        t.addWord(4, 9, false);
        t.add(TokenKind.TERMINAL, 9, 10);
        assertEquals(List.of(new Token(TokenKind.WORD, 0, 3), new Token(TokenKind.SPACE, 3, 4),
                new Token(TokenKind.WORD, 4, 9), new Token(TokenKind.TERMINAL, 9, 10)), t);
        assertEquals(1, t.markCount());
        assertThrows(IllegalArgumentException.class, () -> t.addWord(11, 12, true));
        assertThrows(IllegalArgumentException.class, () -> t.addWord(10, 10, false));
    }

    /** The marks are the breaks, quotation marks, apostrophes and sentence marks, in order, and nothing else. */
    @Test
    void marksAreTheTokensThatBreakOrMarkTheText() {
        String text = "“Zoë’s plan,” she said — U.S. twice… 'Yes.' The soldiers' votes?\n\nNext\nline";
        Tokens tokens = Tokens.of(Tokenizer.tokenize(text));
        java.util.Set<TokenKind> markKinds = java.util.EnumSet.of(TokenKind.PARAGRAPH_BREAK, TokenKind.NEWLINE,
                TokenKind.DOUBLE_QUOTE, TokenKind.OPEN_DOUBLE_QUOTE, TokenKind.CLOSE_DOUBLE_QUOTE,
                TokenKind.SINGLE_QUOTE, TokenKind.OPEN_SINGLE_QUOTE, TokenKind.CLOSE_SINGLE_QUOTE,
                TokenKind.APOSTROPHE, TokenKind.TERMINAL, TokenKind.ELLIPSIS, TokenKind.INITIALISM);
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (markKinds.contains(tokens.kind(i))) {
                expected.add(i);
            }
        }
        List<Integer> marks = new java.util.ArrayList<>();
        for (int m = 0; m < tokens.markCount(); m++) {
            marks.add(tokens.mark(m));
            assertEquals(tokens.kind(tokens.mark(m)), tokens.markKind(m), "mark " + m); // the apostrophes too
        }
        assertEquals(expected, marks);
    }

    @Test
    void aTokenCannotBecomeOrStopBeingAMark() {
        Tokens t = new Tokens(4);
        t.add(TokenKind.SINGLE_QUOTE, 0, 1);
        t.add(TokenKind.WORD, 1, 3);
        t.setKind(0, TokenKind.APOSTROPHE);
        assertEquals(TokenKind.APOSTROPHE, t.kind(0));
        assertEquals(TokenKind.APOSTROPHE, t.markKind(0));
        assertThrows(IllegalArgumentException.class, () -> t.setKind(1, TokenKind.TERMINAL));
        assertThrows(IllegalArgumentException.class, () -> t.setKind(0, TokenKind.WORD));
    }

    @Test
    void theLexersTokensCoverTheText() {
        String text = "“Zoë’s plan,” she said — twice… 12,000 people’s votes.\r\n";
        List<Token> tokens = Tokenizer.tokenize(text);
        int at = 0;
        for (Token k : tokens) {
            assertEquals(at, k.start());
            at = k.end();
        }
        assertEquals(text.length(), at);
    }
}
