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
