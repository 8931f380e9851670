package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
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
