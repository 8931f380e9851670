package dev.slant.text.markup;

import dev.slant.text.Part;
import dev.slant.text.Prose;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * The prose of an HTML draft: the text of headings (the headline part), paragraphs, list
 * items and other blocks (body), figcaption and caption (captions) and blockquote
 * (quoted). Script, style, code, pre and the head are not prose; comments are kept for their
 * directives.
 */
final class HtmlProse implements NodeFilter {

    /** Elements whose content is never prose. */
    private static final Set<String> SKIP = Set.of("head", "script", "style", "code", "pre", "kbd", "samp", "template",
            "noscript", "svg", "math", "textarea", "select", "button", "iframe", "object");

    /** Elements that start and end a block of prose. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption",
            "caption", "blockquote", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure",
            "td", "th", "tr", "table", "ul", "ol", "dl", "dd", "dt", "address", "hr", "body", "details", "summary");

    private final ProseWriter out;
    private int quoteDepth;
    private int headingDepth;
    private int captionDepth;

    private HtmlProse(String source) {
        this.out = new ProseWriter(source);
    }

    static Prose extract(String source) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        HtmlProse walker = new HtmlProse(source);
        walker.traverse(Jsoup.parse(source, "", parser));
        return walker.out.finish();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
            String tag = ((Element) node).normalName();
            if (SKIP.contains(tag)) {
                Range r = node.sourceRange();
                if (r.isTracked()) {
                    out.gap(r.startPos(), r.endPos());
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                out.lineBreak(-1);
            } else if (BLOCKS.contains(tag)) {
                count(tag, 1);
                out.open(part(), quoteDepth > 0);
            }
        } else if (node instanceof TextNode) {
            Range r = node.sourceRange();
            if (r.isTracked() && r.endPos() > r.startPos()) {
                // white space in HTML is a space, whatever it is in the source
                String text = ((TextNode) node).getWholeText().replace('\n', ' ').replace('\r', ' ');
                out.text(text, r.startPos(), r.endPos());
            }
        } else if (node instanceof Comment) {
            Range r = node.sourceRange();
            if (r.isTracked()) {
                out.comment(r.startPos(), r.endPos(), ((Comment) node).getData());
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
            out.close();
            count(((Element) node).normalName(), -1);
            if (quoteDepth > 0 || headingDepth > 0 || captionDepth > 0) {
                out.open(part(), quoteDepth > 0); // the rest of the enclosing block
            }
        }
        return FilterResult.CONTINUE;
    }

    private void count(String tag, int by) {
        if (tag.equals("blockquote")) {
            quoteDepth += by;
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            headingDepth += by;
        } else if (tag.equals("figcaption") || tag.equals("caption")) {
            captionDepth += by;
        }
    }

    private Part part() {
        if (headingDepth > 0) {
            return Part.HEADLINE;
        }
        return captionDepth > 0 ? Part.CAPTION : Part.BODY;
    }
}
