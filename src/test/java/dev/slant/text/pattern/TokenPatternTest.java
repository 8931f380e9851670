package dev.slant.text.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.text.Document;
import dev.slant.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern language: each row is a pattern, a text, and the reported matches. */
class TokenPatternTest {

    private static final WordClasses CLASSES = WordClasses.of(Map.of("intensifier", List.of("very", "extremely")));

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "regime                        # The regime fell. The Regime's army.            # regime | Regime's",
        "~slam                         # She slammed it and slams it again.             # slammed | slams",
        "\"Stonewall\"                 # Stonewall Inn and stonewall tactics.          # Stonewall",
        "[@intensifier] (@person | @group) # A very angry man. An extremely large group. A very bad idea. # ",
        "[@intensifier] _? (@person | @group) # A very angry man. An extremely large group. A very bad idea. # very | extremely",
        "[so-called] _                 # The so-called experts said so. So-called.       # so-called",
        "the [_ regime]                # the Assad regime and the regime                 # Assad regime",
        "[diminutive] (!of | $)        # a diminutive of Alexander, the diminutive leader, so diminutive # diminutive | diminutive",
        "^ [finally] _                 # Finally the vote. It finally passed.            # Finally",
        "[very{2,}] _                  # very very good and very good                   # very very",
        "[~claim] !responsibility      # They claimed responsibility. He claimed victory. # claimed",
        "[diminutive] _                # the diminutive, and proud leader               # ",
        "[so-called] _                 # the “so-called” plan                            # so-called",
        // a match may start at an optional word, or at the word after it: both are first words
        "[the? ~regime]                # The regime fell; regimes fell.                 # The regime | regimes",
        "[(^ | very)? bizarre]         # Bizarre show. A very bizarre show.              # Bizarre | very bizarre",
    })
    void matches(String pattern, String text, String expected) {
        TokenPattern p = TokenPattern.compile(pattern, CLASSES);
        Document doc = Document.parse(text);
        List<String> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (PatternMatch m : p.find(doc, s)) {
                found.add(text.substring(doc.token(m.first()).start(), doc.token(m.end() - 1).end()));
            }
        }
        assertEquals(expected == null ? "" : expected, String.join(" | ", found));
    }

    /** Every required item's words, the anchor (the first without a very common word) first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "the [_ regime]                # [regime] [the]",
        "(is | was) [~slam] !it        # [slam, slammed, slamming, slams] [is, was]",
        "[very{2,}] _?                 # [very]",
        "_ very?                       # ",
        "regime (a | b?)               # [regime]",
    })
    void anchorsAreTheRequiredItemsWords(String pattern, String expected) {
        TokenPattern p = TokenPattern.compile(pattern.strip(), CLASSES);
        StringBuilder sb = new StringBuilder();
        for (java.util.Set<String> a : p.anchors()) {
            sb.append(sb.length() == 0 ? "" : " ").append(new java.util.TreeSet<>(a));
        }
        assertEquals(expected == null ? "" : expected.strip(), sb.toString());
        assertEquals(p.anchor() == null, p.anchors().isEmpty());
        if (p.anchor() != null) {
            assertEquals(p.anchor(), p.anchors().get(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "the (regime                   # 12 # missing ')' at '<EOF>'",
        "the @nosuchclass              # 5  # unknown word class @nosuchclass",
        "[a] [b]                       # 5  # only one [ ] part may be reported",
        "a{3,1}                        # 2  # {3,1}: the maximum is below the minimum",
        "!(a b)                        # 2  # ! applies to one word: a word, ~lemma, \"Exact\", @class or _",
        "a ) b                         # 3  # mismatched input ')' expecting {<EOF>, '|', '_', '^', '$', '!', '(', '[', '?', '*', '+', '{', LEMMA, CLASS, EXACT, INT, WORD}",
    })
    void errorsNameTheColumn(String pattern, int column, String message) {
        PatternException e = assertThrows(PatternException.class, () -> TokenPattern.compile(pattern.strip(), CLASSES));
        assertEquals(column, e.column());
        assertEquals("column " + column + " of the pattern: " + message, e.getMessage());
    }
}
