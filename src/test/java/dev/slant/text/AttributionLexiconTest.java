package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon's shortcuts give the answers of its plain lookups. */
class AttributionLexiconTest {

    private final AttributionLexicon lex = AttributionLexicon.defaults();

    /** The filter before the map lookup lets every listed word through. */
    @ParameterizedTest
    @ValueSource(strings = {"said", "says", "according", "reportedly", "poll", "polls", "the", "in", "confident"})
    void listedWordsKeepTheirBits(String word) {
        assertNotEquals(0L, lex.bits(word), word);
    }

    /** A verb form found by its word id is the one its map gives, with its lemma's classes. */
    @Test
    void verbFormsByIdAreThoseOfTheMap() {
        for (Map.Entry<String, AttributionLexicon.VerbForm> e : lex.verbForms.entrySet()) {
            AttributionLexicon.VerbForm form = lex.verbForm(lex.wordId(e.getKey()));
            assertSame(e.getValue(), form, e.getKey());
            for (AttributionLexicon.WordClass c : AttributionLexicon.WordClass.values()) {
                assertEquals(lex.is(c, form.lemma()), form.lemmaIs(c), e.getKey() + " " + c);
            }
        }
        assertNull(lex.verbForm(lex.wordId("the")));
        assertNull(lex.verbForm(lex.wordId("bridge")));
    }

    /** Every word of the phrases has its own id; other words have none. */
    @Test
    void phraseWordsHaveDistinctIds() {
        Map<Integer, String> byId = new HashMap<>();
        for (PhraseList list : List.of(lex.sourceAfterPhrases, lex.plainPhrases, lex.beliefPhrases,
                lex.extensionPhrases, lex.backReferences)) {
            for (List<String> phrase : list.all()) {
                for (String w : phrase) {
                    int id = lex.wordId(w);
                    assertNotEquals(0, id, w);
                    assertEquals(w, byId.computeIfAbsent(id, k -> w), w);
                }
            }
        }
        assertEquals(0, lex.wordId("bridge"));
        assertEquals(0, lex.wordId(""));
    }

    /** The test of a run of ASCII letters in the text is the lookup of its lower-case copy. */
    @ParameterizedTest
    @ValueSource(strings = {"poll", "Polls", "SURVEYS", "studies", "Study", "studys", "data", "a", "ad", "ads",
        "pol", "polly", "xpoll", "analyses", "Tallies", "the", "said", "z", "recordings", "Q"})
    void asciiRunIsTheLookupOfItsLowerCase(String word) {
        String text = "12 " + word + " 34";
        int start = 3;
        int end = start + word.length();
        assertEquals(lex.isEvidenceNoun(word.toLowerCase(Locale.ROOT)), lex.isEvidenceNounAscii(text, start, end),
                word);
    }
}
