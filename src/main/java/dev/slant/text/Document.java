package dev.slant.text;

import java.util.List;

/**
 * A text analysed for linting: its tokens, paragraphs, direct quotations and sentences,
 * and a line index for positions. Immutable once built; build one with {@link #parse}.
 */
public final class Document {

    private final String text;
    private final List<Token> tokens;
    private final List<Paragraph> paragraphs;
    private final List<Quotation> quotations;
    private final List<Sentence> sentences;
    private final byte[] quoteDepth;
    private final LineIndex lines;

    private Document(String text) {
        this.text = text;
        this.tokens = List.copyOf(Tokenizer.tokenize(text));
        this.paragraphs = ParagraphSplitter.split(tokens);
        QuotationFinder.Result quotes = QuotationFinder.find(text, tokens, paragraphs);
        this.quotations = quotes.quotations();
        this.quoteDepth = quotes.depth();
        this.sentences = new SentenceSplitter(text, tokens, quotes.closer(), Abbreviations.defaults())
                .split(paragraphs);
        this.lines = new LineIndex(text);
    }

    public static Document parse(String text) {
        return new Document(text);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public String tokenText(int index) {
        return tokens.get(index).text(text);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Quotation> quotations() {
        return quotations;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** True if the token lies inside a direct quotation (quote marks included). */
    public boolean inQuotation(int tokenIndex) {
        return quoteDepth[tokenIndex] > 0;
    }

    public LineIndex lines() {
        return lines;
    }

    public Position position(int offset) {
        return lines.position(offset);
    }
}
