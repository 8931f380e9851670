package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each word's form is its normalised text, wherever it lies in a long draft. */
class DocumentFormsTest {

    @Test
    void formsAreTheNormalisedWordsEvenInALongDraftWithAVeryLongWord() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"The", "Mayor’s", "PLAN", "Zoë", "re-election", "12,000", "said", "Łódź", "x"};
        for (int i = 0; sb.length() < 100_000; i++) {
            sb.append(words[i % words.length]).append(i % 7 == 0 ? ", " : " ");
            if (i == 5_000) {
                sb.append("W".repeat(40_000)).append(' ');
            }
        }
        String text = sb.toString();
        Document doc = Document.parse(text);
        for (int i = 0; i < doc.tokens().size(); i++) {
            TokenKind k = doc.tokenKind(i);
            String expected = k.isWordLike() || k == TokenKind.NUMBER ? WordForms.normalise(doc.tokenText(i)) : "";
            assertEquals(expected, doc.form(i), "token " + i);
        }
    }
}
