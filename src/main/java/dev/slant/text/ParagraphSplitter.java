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

    static List<Paragraph> split(List<Token> tokens) {
        boolean hasBlankLine = tokens.stream().anyMatch(t -> t.kind() == TokenKind.PARAGRAPH_BREAK);
        TokenKind breakKind = hasBlankLine ? TokenKind.PARAGRAPH_BREAK : TokenKind.NEWLINE;
        List<Paragraph> paragraphs = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Work.step();
            boolean atBreak = i == tokens.size() || tokens.get(i).kind() == breakKind
                    || tokens.get(i).kind() == TokenKind.PARAGRAPH_BREAK;
            if (atBreak) {
                add(paragraphs, tokens, first, i);
                first = i + 1;
            }
        }
        return List.copyOf(paragraphs);
    }

    private static void add(List<Paragraph> out, List<Token> tokens, int first, int end) {
        int a = first;
        while (a < end && tokens.get(a).kind().isSpace()) {
            Work.step();
            a++;
        }
        int b = end;
        while (b > a && tokens.get(b - 1).kind().isSpace()) {
            Work.step();
            b--;
        }
        if (a < b) {
            out.add(new Paragraph(out.size(), a, b, new Span(tokens.get(a).start(), tokens.get(b - 1).end())));
        }
    }
}
