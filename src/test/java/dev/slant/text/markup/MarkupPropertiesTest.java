package dev.slant.text.markup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Block;
import dev.slant.text.Document;
import dev.slant.text.Format;
import dev.slant.text.Prose;
import dev.slant.text.SourceMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any Markdown or HTML reads without error, and every prose offset maps into the file, in order. */
class MarkupPropertiesTest {

    @Property
    void markdownMapsInsideTheSource(@ForAll("markdownLike") String source) {
        check(source, Markup.prose(source, Format.MARKDOWN));
        Document.parse(source, Format.MARKDOWN);
    }

    @Property
    void htmlMapsInsideTheSource(@ForAll("htmlLike") String source) {
        check(source, Markup.prose(source, Format.HTML));
        Document.parse(source, Format.HTML);
    }

    @Property
    void anyStringReadsAsEitherFormat(@ForAll String source) {
        check(source, Markup.prose(source, Format.MARKDOWN));
        check(source, Markup.prose(source, Format.HTML));
    }

    private static void check(String source, Prose prose) {
        SourceMap map = prose.map();
        int previous = 0;
        for (int i = 0; i <= prose.text().length(); i++) {
            int start = map.start(i);
            int end = map.end(i);
            assertTrue(start >= 0 && start <= source.length(), "start inside the source");
            assertTrue(end >= 0 && end <= source.length(), "end inside the source");
            assertTrue(start >= previous, "offsets keep their order at " + i);
            previous = start;
            if (i < prose.text().length()) {
                assertTrue(map.end(i + 1) >= start, "a character's end is not before its start");
            }
        }
        for (Block b : prose.blocks()) {
            assertTrue(b.span().end() <= prose.text().length());
        }
    }

    @Provide
    Arbitrary<String> markdownLike() {
        return Arbitraries.of("# ", "## ", "> ", "- ", "1. ", "*", "**", "_", "`", "```\n", "[", "](", ")", "![",
                "<!-- ", " -->", "<b>", "</b>", "&amp;", "&rsquo;", "&#8217;", "\\*", "\n", "\n\n", "    ", "word",
                "Ünï", "🙂", "said", "\"", "“", "”", "---\n", "http://x.org", "|", "\r\n")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> htmlLike() {
        return Arbitraries.of("<p>", "</p>", "<h1>", "</h1>", "<li>", "<blockquote>", "</blockquote>", "<br>",
                "<script>", "</script>", "<code>", "</code>", "<!--", "-->", "&amp;", "&rsquo;", "&nbsp;", "&bogus;",
                "&#x1F642;", "<a href='x'>", "</a>", "<figcaption>", "word", "Ünï", "🙂", " ", "\n", "<", ">", "\"",
                "<img alt='x'>", "<div>", "</div>", "\r\n")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
