package dev.slant.text;

import java.util.List;

/**
 * A text analysed for linting: its tokens, paragraphs, direct quotations, sentences,
 * attribution relations and the voice of each sentence, and a line index for positions. Immutable once built; build one with {@link #parse}.
 */
public final class Document {

    private final String text;
    private final List<Token> tokens;
    private final List<Paragraph> paragraphs;
    private final List<Quotation> quotations;
    private final List<Sentence> sentences;
    private final byte[] quoteDepth;
    private final List<Attribution> attributions;
    private final List<List<Attribution>> attributionsBySentence;
    private final List<Voice> voices;
    private final LineIndex lines;
    private final FrontMatter frontMatter;

    private Document(String text) {
        this.text = text;
        this.frontMatter = FrontMatter.parse(text);
        // The front matter is blanked, not cut, so every offset still points into the file.
        this.tokens = List.copyOf(Tokenizer.tokenize(frontMatter.blank(text)));
        this.paragraphs = ParagraphSplitter.split(tokens);
        QuotationFinder.Result quotes = QuotationFinder.find(text, tokens, paragraphs);
        this.quotations = quotes.quotations();
        this.quoteDepth = quotes.depth();
        this.sentences = new SentenceSplitter(text, tokens, quotes.closer(), Abbreviations.defaults())
                .split(paragraphs);
        AttributionAnalysis.Result attribution = AttributionAnalysis.analyse(text, tokens, sentences, quotations,
                quoteDepth, AttributionLexicon.defaults());
        this.attributions = attribution.attributions();
        this.attributionsBySentence = attribution.perSentence();
        this.voices = attribution.voices();
        this.lines = new LineIndex(text);
    }

    public static Document parse(String text) {
        return new Document(text);
    }

    public String text() {
        return text;
    }

    /** The draft's front matter fields (empty when it has none). */
    public FrontMatter frontMatter() {
        return frontMatter;
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

    /** Attribution relations (cue, source, content) in the order of their cues. */
    public List<Attribution> attributions() {
        return attributions;
    }

    /** The attributions whose cue lies in the sentence. */
    public List<Attribution> attributions(Sentence sentence) {
        return attributionsBySentence.get(sentence.index());
    }

    /** The index of the token that contains the UTF-16 offset (the last token for the end). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whose words the sentence carries: the writer's, attributed, or a quotation. */
    public Voice voice(Sentence sentence) {
        return voices.get(sentence.index());
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
