package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direct quotation spans. Expected quotations are listed, separated by " | ". */
class QuotationFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "He said \"we will win\" on Monday.               # \"we will win\"",
        "He said “we will win” on Monday.                 # “we will win”",
        "“Go,” she said. “Now.”                           # “Go,” | “Now.”",
        "\"Go,\" she said. \"Now.\"                       # \"Go,\" | \"Now.\"",
        "“He called it ‘a farce,’ and left,” she said.    # “He called it ‘a farce,’ and left,” | ‘a farce,’",
        "\"He called it 'a farce' today,\" she said.      # \"He called it 'a farce' today,\" | 'a farce'",
        "The ‘bizarre’ show aired.                        # ‘bizarre’",
        "The soldiers’ families wept.                     # ",
        "Moscow’s army and the soldiers' pay.             # ",
        "“We don’t know,” he said.                        # “We don’t know,”",
        "“It’s the soldiers’ choice,” he said.            # “It’s the soldiers’ choice,”",
        "He said, “This never closes. It goes on.         # “This never closes. It goes on.",
        "5'10\" tall                                      # ",
    })
    void finds(String text, String expected) {
        assertEquals(expected == null ? "" : expected, quotations(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        // continues over paragraphs: each paragraph reopens, only the last closes
        "“First part.\\n\\n“Second part.”\\n\\nNarrative.          # “First part.\\n\\n“Second part.”",
        "\"First part.\\n\\n\"Second part.\"\\n\\nNarrative.       # \"First part.\\n\\n\"Second part.\"",
        // an unmatched quote ends with its paragraph
        "He said “never closed.\\n\\nThe next paragraph is mine.   # “never closed.",
        "A \"stray mark.\\n\\nThe rest is narrative.               # \"stray mark.",
    })
    void paragraphs(String text, String expected) {
        assertEquals(expected.replace("\\n", "\n"), quotations(text.replace("\\n", "\n")));
    }

    /**
     * The per-token depth no longer saturates: it relies on no token being inside more than
     * two quotations. Random soups of every kind of quote mark, apostrophes and paragraph
     * breaks check that, and that each depth is the number of quotations over the token.
     */
    @Test
    void depthIsAtMostTwoAndCountsTheQuotations() {
        String[] parts = {"“", "”", "‘", "’", "\"", "'", " ", " ", "word", "It’s", "said", ".", ",", "\n\n", "\n",
            "—", "(", ":"};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            Tokens tokens = Tokenizer.lex(text).tokens();
            List<Paragraph> paragraphs = ParagraphSplitter.split(tokens);
            QuotationFinder.Result result = QuotationFinder.find(text, tokens, paragraphs);
            int[] covering = new int[tokens.size()];
            for (Quotation q : result.quotations()) {
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.start(t) >= q.span().start() && tokens.end(t) <= q.span().end()
                            && tokens.end(t) > tokens.start(t)) {
                        covering[t]++;
                    }
                }
            }
            for (int t = 0; t < tokens.size(); t++) {
                assertTrue(result.depth()[t] <= 2, text);
                if (tokens.end(t) > tokens.start(t)) {
                    assertEquals(covering[t], result.depth()[t], text + " at token " + t);
                }
            }
        }
    }

    private static String quotations(String text) {
        Document doc = Document.parse(text);
        List<String> out = new ArrayList<>();
        for (Quotation q : doc.quotations()) {
            out.add(text.substring(q.span().start(), q.span().end()));
        }
        return String.join(" | ", out);
    }
}
