package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

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

    /**
     * More forms than a char can index (the indexes are then kept as ints): every token's form
     * and index are still right, in the lexer's forms and those made from the tokens.
     */
    @Test
    void moreFormsThanACharCanIndex() {
        moreFormsThanACharCanIndex(Character.MAX_VALUE + 10, 0); // the ids alone are too many
        moreFormsThanACharCanIndex(Character.MAX_VALUE - 12, 20); // with the forms above ASCII
    }

    private void moreFormsThanACharCanIndex(int words, int accented) {
        StringBuilder sb = new StringBuilder("Zoë ");
        for (int w = 0; w < words; w++) {
            sb.append('w').append(Integer.toString(w, 26).replace('0', 'z')).append(w % 9 == 0 ? ", " : " ");
            if (w % 1000 == 500 && w / 1000 < accented) {
                sb.append("Zoë").append((char) ('a' + w / 1000)).append(' ');
            }
        }
        sb.append("Zoë w1 end");
        String text = sb.toString();
        Tokenizer.Lexed lexed = Tokenizer.lex(text);
        Forms made = Forms.of(text, lexed.tokens());
        for (Forms forms : new Forms[] {lexed.forms(), made}) {
            assertTrue(forms.indexes() > Character.MAX_VALUE, "indexes " + forms.indexes());
            for (int i = 0; i < lexed.tokens().size(); i++) {
                TokenKind k = lexed.tokens().kind(i);
                String text1 = text.substring(lexed.tokens().start(i), lexed.tokens().end(i));
                String expected = k.isWordLike() ? WordForms.normalise(text1) : "";
                assertEquals(expected, forms.form(i), "token " + i);
                assertEquals(expected.isEmpty() ? -1 : made.index(i), forms.index(i), "token " + i);
            }
            assertEquals(forms.index(0), forms.index(lexed.tokens().size() - 5), "Zoë");
            assertEquals("w1", forms.form(5));
            assertEquals(forms.index(5), forms.index(lexed.tokens().size() - 3), "w1");
        }
    }

    @Test
    void everyFormHasOneDenseIndexAccentedWordsToo() {
        String text = "Zoë met Zoë and the mayor. Łódź, the Mayor said: “Zoë!” 12 don’t 12.";
        Document doc = Document.parse(text);
        Forms forms = Tokenizer.lex(text).forms(); // the same forms, with their ids
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, String> byIndex = new HashMap<>();
        for (int i = 0; i < doc.tokens().size(); i++) {
            int index = doc.formIndex(i);
            if (doc.form(i).isEmpty()) {
                assertEquals(-1, index, "token " + i);
                continue;
            }
            assertTrue(index >= 0 && index < doc.formIndexes(), "token " + i);
            assertEquals(seen.computeIfAbsent(doc.form(i), f -> index), index, doc.form(i));
            String form = doc.form(i);
            assertEquals(byIndex.computeIfAbsent(index, x -> form), form, "index " + index);
            assertEquals(form, forms.formAt(forms.index(i)), "token " + i);
            assertEquals(doc.tokenText(i).chars().allMatch(c -> c < 128), forms.id(i) >= 0, "token " + i);
            if (forms.id(i) >= 0) {
                assertEquals(forms.id(i), index, "token " + i);
            }
        }
        assertTrue(seen.containsKey("zoë") && seen.containsKey("łódź") && seen.containsKey("don't"), seen.toString());
    }
}
