package dev.slant.text.markup;

import dev.slant.text.Work;
import dev.slant.text.FrontMatter;
import dev.slant.text.Part;
import dev.slant.text.Prose;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The prose of a CommonMark draft: headings (the headline part), paragraphs and list items,
 * block quotations (quoted), and image alt text (captions). Code blocks and code spans, HTML,
 * link and image targets and the front matter are not prose; HTML comments are kept for
 * their directives.
 */
final class MarkdownProse extends AbstractVisitor {

    static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String source;
    private final ProseWriter out;
    private Part part; // of the heading or paragraph being read
    private int quoteDepth;

    private MarkdownProse(String source) {
        this.source = source;
        this.out = new ProseWriter(source);
    }

    static Prose extract(String source) {
        // blanked, not cut: the parser's offsets are then offsets into the file
        String input = FrontMatter.parse(source).blank(source);
        MarkdownProse walker = new MarkdownProse(source);
        PARSER.parse(input).accept(walker);
        return walker.out.finish();
    }

    @Override
    public void visit(Heading heading) {
        leaf(heading, Part.HEADLINE);
    }

    @Override
    public void visit(Paragraph paragraph) {
        leaf(paragraph, Part.BODY);
    }

    @Override
    public void visit(BlockQuote quote) {
        quoteDepth++;
        visitChildren(quote);
        quoteDepth--;
    }

    @Override
    public void visit(FencedCodeBlock code) {
        // code is not prose
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        // code is not prose
    }

    @Override
    public void visit(HtmlBlock html) {
        int[] range = range(html);
        if (range != null) {
            comments(range[0], range[1]);
        }
    }

    @Override
    public void visit(HtmlInline html) {
        int[] range = range(html);
        if (range != null) {
            comments(range[0], range[1]);
            out.gap(range[0], range[1]);
        }
    }

    @Override
    public void visit(Text text) {
        int[] range = range(text);
        if (range != null) {
            out.text(text.getLiteral(), range[0], range[1]);
        }
    }

    @Override
    public void visit(Code code) {
        int[] range = range(code);
        if (range != null) {
            out.gap(range[0], range[1]);
        }
    }

    /**
     * Alt text is a caption: a block of its own where the image is, so prose stays in file
     * order (an image inside a sentence splits it).
     */
    @Override
    public void visit(Image image) {
        Part outer = part;
        out.open(Part.CAPTION, quoteDepth > 0);
        visitChildren(image);
        out.close();
        if (outer != null) {
            out.open(outer, quoteDepth > 0);
        }
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        lineBreak(lineBreak);
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        lineBreak(lineBreak);
    }

    private void lineBreak(Node node) {
        int[] range = range(node);
        out.lineBreak(range != null ? range[0] : -1);
    }

    /** A heading or paragraph: one block. */
    private void leaf(Node node, Part kind) {
        part = kind;
        out.open(kind, quoteDepth > 0);
        visitChildren(node);
        out.close();
        part = null;
    }

    private void comments(int start, int end) {
        Matcher m = COMMENT.matcher(source).region(start, end);
        while (m.find()) {
            Work.step();
            out.comment(m.start(), m.end(), m.group(1));
        }
    }

    /** The source range a node covers, or null when the parser gave it none. */
    private static int[] range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }
}
