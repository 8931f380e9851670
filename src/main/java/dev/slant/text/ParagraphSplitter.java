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

    static List<Paragraph> split(Tokens tokens) {
        boolean hasBlankLine = false;
        for (int i = 0; i < tokens.size() && !hasBlankLine; i++) {
            Work.step();
            hasBlankLine = tokens.kind(i) == TokenKind.PARAGRAPH_BREAK;
        }
        TokenKind breakKind = hasBlankLine ? TokenKind.PARAGRAPH_BREAK : TokenKind.NEWLINE;
        List<Paragraph> paragraphs = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Work.step();
            boolean atBreak = i == tokens.size() || tokens.kind(i) == breakKind
                    || tokens.kind(i) == TokenKind.PARAGRAPH_BREAK;
            if (atBreak) {
                add(paragraphs, tokens, first, i);
                first = i + 1;
            }
        }
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
