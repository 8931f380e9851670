package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "slam      | slams slammed slamming",
        "thug      | thugs",
        "scramble  | scrambles scrambled scrambling",
        "tout      | touts touted touting",
        "admit     | admits admitted admitting",
        "target    | targets targeted targeting",
        "cry       | cries cried crying",
        "lie       | lies lied lying lay",
        "blast     | blasts blasted blasting",
        "panic     | panicked panicking",
        "crisis    | crises",
        "say       | says said saying",
        "is        | was were been",
        "spree     | sprees",
        "witch     | witches",
        "so-called | so-calleds",
    })
    void generatesForms(String base, String expected) {
        Set<String> forms = Inflector.forms(base);
        for (String form : expected.split(" ")) {
            assertTrue(forms.contains(form), base + " should give " + form + ", got " + forms);
        }
    }

    @ParameterizedTest
    @CsvSource({"the", "of", "a", "glowingly", "finally"})
    void leavesFunctionWordsAndAdverbsAlone(String word) {
        assertEquals(Set.of(word), Inflector.forms(word));
    }

    @ParameterizedTest
    @CsvSource({"bully", "rally", "ally"})
    void shortLyWordsAreNotAdverbs(String word) {
        assertTrue(Inflector.forms(word).containsAll(List.of(word.substring(0, word.length() - 1) + "ies")));
    }
}
