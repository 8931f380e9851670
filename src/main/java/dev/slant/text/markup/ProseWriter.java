package dev.slant.text.markup;

import dev.slant.text.Block;
import dev.slant.text.Comment;
import dev.slant.text.Part;
import dev.slant.text.Prose;
import dev.slant.text.SourceMap;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the prose of a marked-up draft block by block. Each block ends with a blank line,
 * so blocks are paragraphs to the rest of slant and no sentence runs from one into the next.
 */
final class ProseWriter {

    private final SourceMap.Builder out = new SourceMap.Builder();
    private final Aligner aligner;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private int blockStart = -1;
    private boolean hasContent;
    private Part part;
    private boolean quoted;
    private int sourceAt;

    ProseWriter(String source) {
        this.aligner = new Aligner(out, source);
    }

    /** Starts a block (ending the open one). */
    void open(Part part, boolean quoted) {
        close();
        blockStart = out.length();
        hasContent = false;
        this.part = part;
        this.quoted = quoted;
    }

    boolean isOpen() {
        return blockStart >= 0;
    }

    /** Appends text the parser decoded from {@code source[start, end)}. */
    void text(String decoded, int start, int end) {
        if (blockStart < 0) {
            open(Part.BODY, false);
        }
        if (!decoded.isBlank()) {
            hasContent = true;
        }
        aligner.append(decoded, start, end);
        sourceAt = end;
    }

    /** Stands in for something that is not prose (code, an image) so words either side stay apart. */
    void gap(int start, int end) {
        if (blockStart >= 0 && out.last() != ' ' && out.last() != '\n') {
            out.put(" ", start, end);
        }
        sourceAt = Math.max(sourceAt, end);
    }

    /** A line break inside a block, at a source offset (-1: where the last text ended). */
    void lineBreak(int at) {
        if (blockStart >= 0) {
            int where = at < 0 ? sourceAt : at;
            out.put("\n", where, where);
        }
    }

    /** Ends the open block, if any; a block without words is dropped. */
    void close() {
        if (blockStart < 0) {
            return;
        }
        if (hasContent) {
            blocks.add(new Block(new Span(blockStart, out.length()), part, quoted));
            out.put("\n\n", sourceAt, sourceAt);
        }
        blockStart = -1;
    }

    void comment(int start, int end, String body) {
        comments.add(new Comment(start, end, body.strip()));
    }

    Prose finish() {
        close();
        return new Prose(out.text(), out.build(), blocks, comments);
    }
}
