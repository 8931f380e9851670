package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token kinds on the tricky cases news copy is full of. */
class TokenizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "flag-draped            | WORD",
        "Moscow’s               | WORD",
        "don't                  | WORD",
        "COVID-19               | WORD",
        "F-35                   | WORD",
        "naïve                  | WORD",
        "Zürich                 | WORD",
        "12,000                 | NUMBER",
        "3.9%                   | NUMBER",
        "$1.9                   | NUMBER",
        "7-2                    | NUMBER",
        "2019                   | NUMBER",
        "1990s                  | NUMBER",
        "’90s                   | NUMBER",
        "21st                   | NUMBER",
        "U.S.                   | INITIALISM",
        "a.m.                   | INITIALISM",
        "https://example.com/x  | URL",
        "www.example.org        | URL",
        "ed@example.com         | EMAIL",
        "@newsdesk              | HANDLE",
        "#election              | HASHTAG",
        "“                      | OPEN_DOUBLE_QUOTE",
        "”                      | CLOSE_DOUBLE_QUOTE",
        "‘                      | OPEN_SINGLE_QUOTE",
        "—                      | DASH",
        "–                      | DASH",
        "--                     | DASH",
        "…                      | ELLIPSIS",
        "...                    | ELLIPSIS",
        "?!                     | TERMINAL",
        ";                      | PUNCT",
        "§                      | PUNCT",
    })
    void singleTokens(String text, TokenKind kind) {
        assertEquals(List.of(kind), kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'Hi,' he said.          | SINGLE_QUOTE WORD PUNCT SINGLE_QUOTE SPACE WORD SPACE WORD TERMINAL",
        "the soldiers’ families  | WORD SPACE WORD APOSTROPHE SPACE WORD",
        "\"Go\"                  | DOUBLE_QUOTE WORD DOUBLE_QUOTE",
        "at www.example.org.     | WORD SPACE URL TERMINAL",
        "ok?\\n\\nNext             | WORD TERMINAL PARAGRAPH_BREAK WORD",
        "a\\nb                    | WORD NEWLINE WORD",
        "a\\r\\n \\r\\nb             | WORD PARAGRAPH_BREAK WORD",
        "end.Then                | WORD TERMINAL WORD",
        "pro- and anti-war       | WORD PUNCT SPACE WORD SPACE WORD",
        "x\\u0000y                | WORD OTHER WORD",
    })
    void sequences(String text, String expected) {
        String unescaped = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\u0000", "\u0000");
        List<String> names = new ArrayList<>();
        for (TokenKind k : kinds(unescaped)) {
            names.add(k.name());
        }
        assertEquals(expected, String.join(" ", names));
    }

    /**
     * The grammar's spaced ellipsis is ". . ." with plain spaces; with non-breaking or other
     * Unicode spaces between them the periods are full stops (folding once made every
     * Unicode space a plain one, and with it an ellipsis).
     */
    @org.junit.jupiter.api.Test
    void periodsSeparatedByUnicodeSpacesAreNoEllipsis() {
        for (String space : new String[] {"\u00A0", "\u2003", "\u202F"}) {
            String text = "." + space + "." + space + ".";
            assertEquals(List.of(TokenKind.TERMINAL, TokenKind.SPACE, TokenKind.TERMINAL, TokenKind.SPACE,
                    TokenKind.TERMINAL), kinds(text), "U+" + Integer.toHexString(space.charAt(0)));
        }
        assertEquals(List.of(TokenKind.ELLIPSIS), kinds(". . ."));
    }

    /**
     * An address's local part has at most 64 characters (RFC 5321): the grammar bounds it so
     * that a long run that ends in "@" but is no address costs linear time (LinearWorkTest).
     */
    @org.junit.jupiter.api.Test
    void anAddressHasALocalPartOfAtMost64Characters() {
        String local64 = "a.b".repeat(21) + "c"; // 64 characters
        assertEquals(List.of(TokenKind.EMAIL), kinds(local64 + "@example.com"));
        List<TokenKind> longer = kinds("x" + local64 + "@example.com"); // 65: no address from its start
        assertEquals(TokenKind.WORD, longer.get(0));
        assertEquals(TokenKind.EMAIL, longer.get(longer.size() - 1)); // the last 64 and the domain
    }

    private static List<TokenKind> kinds(String text) {
        List<TokenKind> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            out.add(t.kind());
        }
        return out;
    }
}
