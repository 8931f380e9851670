package dev.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens into paragraphs. A blank line separates paragraphs. Copy pasted from a
 * content system often has no blank lines at all, only one paragraph per line: when a text
 * has no blank line, every line break is a paragraph break.
 */
final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /** The paragraphs; only the breaks among the tokens' marks ({@link Tokens#mark}) are read, not every token. */
    static List<Paragraph> split(Tokens tokens) {
        int marks = tokens.markCount();
        boolean hasBlankLine = false;
        for (int m = 0; m < marks && !hasBlankLine; m++) {
            Work.step();
            hasBlankLine = tokens.markKind(m) == TokenKind.PARAGRAPH_BREAK;
        }
        TokenKind breakKind = hasBlankLine ? TokenKind.PARAGRAPH_BREAK : TokenKind.NEWLINE;
        List<Paragraph> paragraphs = new ArrayList<>();
        int first = 0;
        for (int m = 0; m < marks; m++) {
            Work.step();
            TokenKind k = tokens.markKind(m);
            if (k == breakKind || k == TokenKind.PARAGRAPH_BREAK) {
                int i = tokens.mark(m);
                add(paragraphs, tokens, first, i);
                first = i + 1;
            }
        }
        add(paragraphs, tokens, first, tokens.size());
        return List.copyOf(paragraphs);
    }

    private static void add(List<Paragraph> out, Tokens tokens, int first, int end) {
        int a = first;
        while (a < end && tokens.kind(a).isSpace()) {
            Work.step();
            a++;
        }
        int b = end;
        while (b > a && tokens.kind(b - 1).isSpace()) {
            Work.step();
            b--;
        }
        if (a < b) {
            out.add(new Paragraph(out.size(), a, b, new Span(tokens.start(a), tokens.end(b - 1))));
        }
    }
}
