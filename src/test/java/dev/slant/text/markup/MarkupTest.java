package dev.slant.text.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Block;
import dev.slant.text.Comment;
import dev.slant.text.Format;
import dev.slant.text.Part;
import dev.slant.text.Prose;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkupTest {

    /** The source characters a piece of the prose maps back to. */
    private static String source(String source, Prose prose, String word) {
        int at = prose.text().indexOf(word);
        assertTrue(at >= 0, "prose lacks '" + word + "': " + prose.text());
        return source.substring(prose.map().start(at), prose.map().end(at + word.length()));
    }

    private static List<String> blocks(Prose prose) {
        return prose.blocks().stream()
                .map(b -> b.part().label() + (b.quoted() ? "/quoted" : "") + ": "
                        + prose.text().substring(b.span().start(), b.span().end()).strip())
                .collect(Collectors.toList());
    }

    @Test
    void markdownKeepsProseAndDropsCodeLinksAndFrontMatter() {
        String md = "---\ndesk: metro\n---\n"
                + "# Mayor's *bold* plan\n\n"
                + "The [council](https://example.org/council \"title\") met `at noon` on Friday.\n"
                + "It voted 7-2.\n\n"
                + "```\ncode that says bizarre\n```\n\n"
                + "<!-- slant-disable loaded.descriptor -->\n\n"
                + "> A quoted passage.\n\n"
                + "- An item with ![a crowd at the gate](crowd.jpg) inside.\n";
        Prose prose = Markup.prose(md, Format.MARKDOWN);
        assertEquals(List.of(
                "headline: Mayor's bold plan",
                "body: The council met  on Friday.\nIt voted 7-2.",
                "body/quoted: A quoted passage.",
                "body: An item with",
                "caption: a crowd at the gate",
                "body: inside."), blocks(prose));
        assertFalse(prose.text().contains("example.org"));
        assertFalse(prose.text().contains("bizarre"));
        assertFalse(prose.text().contains("desk"));
        assertEquals(List.of(new Comment(md.indexOf("<!--"), md.indexOf("-->") + 3, "slant-disable loaded.descriptor")),
                prose.comments());
        assertEquals("council", source(md, prose, "council"));
        assertEquals("bold* plan", source(md, prose, "bold plan"));
        assertEquals("Friday.\nIt", source(md, prose, "Friday.\nIt"));
    }

    @Test
    void markdownEscapesAndEntitiesMapToWhatTheyReplace() {
        String md = "Moscow&rsquo;s \\*meat\\* grinder &amp; more\n";
        Prose prose = Markup.prose(md, Format.MARKDOWN);
        assertEquals("Moscow’s *meat* grinder & more", prose.text().strip());
        assertEquals("Moscow&rsquo;s", source(md, prose, "Moscow’s"));
        assertEquals("\\*meat\\*", source(md, prose, "*meat*"));
        assertEquals("&amp;", source(md, prose, "&"));
        assertEquals("grinder", source(md, prose, "grinder"));
    }

    @Test
    void htmlKeepsBlocksAndSkipsScriptsAndCode() {
        String html = "<html><head><title>Not prose</title><style>p{}</style></head><body>\n"
                + "<h1>A <em>bizarre</em> show</h1>\n"
                + "<p>Moscow&rsquo;s meat grinder.<br>Next line.</p><script>var bizarre = 1;</script>\n"
                + "<figure><img src=x alt=ignored><figcaption>Troops at dawn</figcaption></figure>\n"
                + "<blockquote><p>Quoted words.</p></blockquote>\n"
                + "<!-- slant-disable-next-line x.y -->\n"
                + "<ul><li>One <code>two</code> three</li></ul></body></html>";
        Prose prose = Markup.prose(html, Format.HTML);
        assertEquals(List.of(
                "headline: A bizarre show",
                "body: Moscow’s meat grinder.\nNext line.",
                "caption: Troops at dawn",
                "body/quoted: Quoted words.",
                "body: One  three"), blocks(prose));
        assertEquals("Moscow&rsquo;s", source(html, prose, "Moscow’s"));
        assertEquals("bizarre</em> show", source(html, prose, "bizarre show"));
        assertFalse(prose.text().contains("Not prose"));
        assertFalse(prose.text().contains("var"));
        assertEquals("slant-disable-next-line x.y", prose.comments().get(0).body());
        assertEquals(html.indexOf("<!--"), prose.comments().get(0).start());
    }

    @Test
    void plainTextBlanksCommentsAndKeepsOffsets() {
        String text = "First line.\n<!-- slant-disable-next-line a.b -->\nSecond line.\n";
        Prose prose = Markup.prose(text, Format.TEXT);
        assertEquals(text.length(), prose.text().length());
        assertFalse(prose.text().contains("slant"));
        assertEquals(1, prose.comments().size());
        assertEquals(List.<Block>of(), prose.blocks());
        assertEquals(Part.BODY, Part.of("body"));
    }
}
