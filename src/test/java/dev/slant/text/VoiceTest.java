package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose voice each sentence is in, with carry-over. Voices are listed in sentence order. */
class VoiceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        // the writer's own, attributed, and a quotation
        "The bridge closed. Officials said it was unsafe.                                    # writer attributed",
        "“It is unsafe.” The engineer arrived on Monday.                                     # quote writer",
        // a quotation that runs over sentences: all of it is the speaker's
        "“It is unsafe. It will stay shut,” the engineer said.                               # quote attributed",
        // over paragraphs: each paragraph reopens, only the last closes
        "The engineer said: “It is unsafe.\\n\\n“It will stay shut.”\\n\\nThe council met.   # attributed quote writer",
        // carry-over: a pronoun source continues the account; reported speech keeps its modal
        "The report said costs rose. It also found delays. He added that more was needed.    # attributed attributed attributed",
        "Ruiz said the plan would cost $5 billion. It would also require 300 staff.          # attributed attributed",
        "Ruiz said the plan would cost $5 billion. The council meets on Friday.              # attributed writer",
        // the carry-over stops at the paragraph
        "Ruiz said the plan would cost $5 billion.\\n\\nIt would also require 300 staff.     # attributed writer",
        // a poll's figures continue in the next sentence
        "A Gallup poll found Ruiz at 41 percent. Lee trails at 30 percent.                   # attributed attributed",
        // a record named by a later source of the paragraph, in capitals, or with a curly apostrophe
        "Ruiz said turnout rose. A CNN POLL found Ruiz ahead. Lee trails at 30 percent.      # attributed attributed attributed",
        "The poll’s authors said Ruiz leads. Lee trails at 30 percent.                       # attributed attributed",
        // not a record, or not in the paragraph
        "Ruiz said turnout rose. Lee trails at 30 percent.                                   # attributed writer",
        "A Gallup poll found Ruiz at 41 percent.\\n\\nLee trails at 30 percent.          # attributed writer",
        // a transcript paragraph opened by a speaker's name and a colon
        "RUIZ: We will reopen the bridge. It is safe now.                                    # attributed attributed",
    })
    void voices(String text, String expected) {
        Document doc = Document.parse(text.replace("\\n", "\n"));
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.add(doc.voice(s).label());
        }
        assertEquals(expected, String.join(" ", out));
    }
}
