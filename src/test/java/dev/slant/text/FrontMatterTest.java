package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsFieldsAndBlanksThemKeepingOffsets() {
        String text = "---\ndesk: Courts\ntags: [a, B]\n---\nThe thief fled.\n";
        Document doc = Document.parse(text);
        assertEquals(Map.of("desk", List.of("courts"), "tags", List.of("a", "b")), doc.frontMatter().fields());
        Sentence only = doc.sentences().get(0);
        assertEquals(1, doc.sentences().size());
        assertEquals("The thief fled.", text.substring(only.span().start(), only.span().end()));
        assertEquals(5, doc.position(only.span().start()).line());
    }

    @Test
    void textWithoutFrontMatterIsUnchanged() {
        assertEquals(FrontMatter.NONE, FrontMatter.parse("--- not front matter\nText."));
        assertEquals(FrontMatter.NONE, FrontMatter.parse("---\nno closing line\n"));
        assertEquals(FrontMatter.NONE, FrontMatter.parse("---\n: [unbalanced\n---\nText."));
    }
}
