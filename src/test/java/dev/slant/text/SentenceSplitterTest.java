package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence boundaries on the cases that trip naive splitters. Sentences are separated by " | ". */
class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "Mr. Smith arrived. He sat down.                       # Mr. Smith arrived. | He sat down.",
        "Sen. Lee and Rep. Diaz met Gov. Ortiz.                # Sen. Lee and Rep. Diaz met Gov. Ortiz.",
        "Dr. Okafor spoke. Lt. Gen. Hale listened.             # Dr. Okafor spoke. | Lt. Gen. Hale listened.",
        "It cost $1.9 billion. Prices rose 3.9% in May.        # It cost $1.9 billion. | Prices rose 3.9% in May.",
        "John F. Kennedy spoke. Crowds cheered.                # John F. Kennedy spoke. | Crowds cheered.",
        "U.S. officials met U.N. envoys. They agreed.          # U.S. officials met U.N. envoys. | They agreed.",
        "She moved to the U.S. The job started in May.         # She moved to the U.S. | The job started in May.",
        "Acme Inc. said profits fell. Acme Inc. The end.       # Acme Inc. said profits fell. | Acme Inc. | The end.",
        "It opens at 9 a.m. Monday. Doors close at 5 p.m.      # It opens at 9 a.m. Monday. | Doors close at 5 p.m.",
        "The vote is on Sept. 11. Polls open on Jan. 3.        # The vote is on Sept. 11. | Polls open on Jan. 3.",
        "He wore No. 10. She said no. They left.               # He wore No. 10. | She said no. | They left.",
        "St. Louis won. Co. officials met at the Corp. office. # St. Louis won. | Co. officials met at the Corp. office.",
        "\"We won.\" The crowd cheered.                        # \"We won.\" | The crowd cheered.",
        "“We won.” The crowd cheered.                          # “We won.” | The crowd cheered.",
        "“Why?” he asked. Nobody answered.                     # “Why?” he asked. | Nobody answered.",
        "“Stop!” she shouted, and left.                        # “Stop!” she shouted, and left.",
        "(See the chart.) Sales fell.                          # (See the chart.) | Sales fell.",
        "Wait... what? Yes!                                    # Wait... what? | Yes!",
        "He paused… Then he spoke.                             # He paused… | Then he spoke.",
        "No final period                                       # No final period",
        "Sen. Ana Ruiz (D-N.M.) spoke. Others left.            # Sen. Ana Ruiz (D-N.M.) spoke. | Others left.",
        "The 7-2 win came in 2019. Fans cheered.               # The 7-2 win came in 2019. | Fans cheered.",
        "“We will win.” ― Ana Ruiz. Next.                      # “We will win.” ― Ana Ruiz. | Next.",
    })
    void splits(String text, String expected) {
        assertEquals(expected, sentences(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "Headline without period\\n\\nFirst paragraph. Second sentence.  # Headline without period | First paragraph. | Second sentence.",
        "One line\\nAnother line                                          # One line | Another line",
        "Wrapped line that\\ncontinues here.\\n\\nNew paragraph.          # Wrapped line that\\ncontinues here. | New paragraph.",
    })
    void paragraphsEndSentences(String text, String expected) {
        assertEquals(expected.replace("\\n", "\n"), sentences(text.replace("\\n", "\n")));
    }

    private static String sentences(String text) {
        Document doc = Document.parse(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.add(text.substring(s.span().start(), s.span().end()));
        }
        return String.join(" | ", out);
    }
}
