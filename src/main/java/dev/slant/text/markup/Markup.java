package dev.slant.text.markup;

import dev.slant.text.Work;
import dev.slant.text.Comment;
import dev.slant.text.Format;
import dev.slant.text.FrontMatter;
import dev.slant.text.Prose;
import dev.slant.text.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Reads the prose out of a draft in any {@link Format}. */
public final class Markup {

    private Markup() {
    }

    public static Prose prose(String source, Format format) {
        switch (format) {
            case MARKDOWN:
                return MarkdownProse.extract(source);
            case HTML:
                return HtmlProse.extract(source);
            default:
                return plain(source);
        }
    }

    /**
     * Plain text is its own prose, with the front matter and {@code <!-- … -->} comments
     * (the same directive comments as in Markdown) blanked so that offsets do not move.
     */
    private static Prose plain(String source) {
        String text = FrontMatter.parse(source).blank(source);
        if (text.indexOf("<!--") < 0) {
            return new Prose(text, SourceMap.IDENTITY, List.of(), List.of());
        }
        List<Comment> comments = new ArrayList<>();
        StringBuilder sb = new StringBuilder(text);
        Matcher m = MarkdownProse.COMMENT.matcher(text);
        while (m.find()) {
            Work.step();
            comments.add(new Comment(m.start(), m.end(), m.group(1).strip()));
            for (int i = m.start(); i < m.end(); i++) {
                Work.step();
                if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return new Prose(sb.toString(), SourceMap.IDENTITY, List.of(), comments);
    }
}
