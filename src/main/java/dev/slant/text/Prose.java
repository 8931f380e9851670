package dev.slant.text;

import java.util.List;

/**
 * The prose of a draft, as slant reads it: the text with markup, code and front matter
 * left out, the map back to the file, the blocks it is made of (empty for plain text,
 * where paragraphs come from blank lines) and the comments that may hold directives.
 */
public record Prose(String text, SourceMap map, List<Block> blocks, List<Comment> comments) {

    public Prose {
        blocks = List.copyOf(blocks);
        comments = List.copyOf(comments);
    }
}
