package dev.slant.text;

import dev.slant.text.markup.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A draft analysed for linting: its prose (the text slant reads: all of a plain text draft,
 * the headings, paragraphs and captions of a Markdown or HTML one), tokens, paragraphs,
 * direct quotations, sentences, attribution relations and the voice of each sentence.
 * Offsets and spans are into the prose ({@link #text()}); {@link #position} and
 * {@link #endPosition} map them to lines and columns of the source file. Immutable once
 * built; build one with {@link #parse}.
 */
public final class Document {

    private final String source;
    private final String text;
    private final SourceMap map;
    private final List<Block> blocks;
    private final List<Comment> comments;
    private final Tokens tokens;
    private final Forms forms;
    private final List<Paragraph> paragraphs;
    private final List<Quotation> quotations;
    private final List<Sentence> sentences;
    private final byte[] quoteDepth;
    private final List<Attribution> attributions;
    private final List<List<Attribution>> attributionsBySentence;
    private final List<Voice> voices;
    private final LineIndex lines;
    private final FrontMatter frontMatter;

    private Document(String source, Format format) {
        this.source = source;
        this.frontMatter = FrontMatter.parse(source);
        Prose prose = Markup.prose(source, format);
        this.text = prose.text();
        this.map = prose.map();
        this.blocks = prose.blocks();
        this.comments = prose.comments();
        Tokenizer.Lexed lexed = Tokenizer.lex(text);
        this.tokens = lexed.tokens();
        this.forms = lexed.forms();
        Deadline.check();
        this.paragraphs = ParagraphSplitter.split(tokens);
        QuotationFinder.Result quotes = QuotationFinder.find(text, tokens, paragraphs);
        Deadline.check();
        this.quoteDepth = quotes.depth();
        this.sentences = new SentenceSplitter(text, tokens, forms, quotes.closer(), Abbreviations.defaults())
                .split(paragraphs);
        List<Quotation> blockQuotes = blockQuotes();
        Deadline.check();
        AttributionAnalysis.Result attribution = AttributionAnalysis.analyse(text, tokens, forms, sentences,
                quotes.quotations(), quoteDepth, AttributionLexicon.defaults());
        this.quotations = merge(quotes.quotations(), blockQuotes);
        this.attributions = attribution.attributions();
        this.attributionsBySentence = attribution.perSentence();
        this.voices = attribution.voices();
        // the lexer's pass found the lines of the prose, which are the source's when they are one string
        this.lines = text == source && lexed.lines() != null ? lexed.lines() : new LineIndex(source);
    }

    /** Reads a plain text draft. */
    public static Document parse(String source) {
        return new Document(source, Format.TEXT);
    }

    public static Document parse(String source, Format format) {
        return new Document(source, format);
    }

    /** The file as it was read. */
    public String source() {
        return source;
    }

    /** The prose slant reads; for plain text, the source with front matter and comments blanked. */
    public String text() {
        return text;
    }

    /** The draft's front matter fields (empty when it has none). */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The comments of the draft, in source order (offsets into the source). */
    public List<Comment> comments() {
        return comments;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The kind of token {@code index}: {@code token(index).kind()} without making a token object. */
    public TokenKind tokenKind(int index) {
        return tokens.kind(index);
    }

    /** Where token {@code index} starts: {@code token(index).start()} without making a token object. */
    public int tokenStart(int index) {
        return tokens.start(index);
    }

    /** Where token {@code index} ends: {@code token(index).end()} without making a token object. */
    public int tokenEnd(int index) {
        return tokens.end(index);
    }

    public String tokenText(int index) {
        return text.substring(tokens.start(index), tokens.end(index));
    }

    /**
     * The normalised form of a word or number token (lower case, curly apostrophes and
     * Unicode hyphens straightened; see {@link WordForms}), computed once per document;
     * "" for other tokens.
     */
    public String form(int index) {
        return forms.form(index);
    }

    /**
     * An index of the token's form, from 0 to {@link #formIndexes()} - 1, the same for every
     * token with that form (words with characters above ASCII too); -1 for tokens that are
     * not words or numbers. Lets a stage keep what it learns about a word once per distinct
     * word of the document.
     */
    public int formIndex(int index) {
        return forms.index(index);
    }

    /** The number of form indexes ({@link #formIndex}). */
    public int formIndexes() {
        return forms.indexes();
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Direct quotations and block quotations, in text order. */
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
        return tokenAt(offset, 0, tokens.size());
    }

    /**
     * {@link #tokenAt(int)} searching only tokens {@code [from, to)} (not empty): the last
     * of them that starts at or before the offset, or {@code from}. A caller that knows the
     * offset lies in a sentence reads a few neighbouring tokens, not the whole array.
     */
    public int tokenAt(int offset, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            Work.step();
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.start(mid) <= offset) {
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

    /** The part of the article a sentence is in (body for plain text). */
    public Part part(Sentence sentence) {
        int at = sentence.span().start();
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            Work.step();
            int mid = (lo + hi) >>> 1;
            Span b = blocks.get(mid).span();
            if (at < b.start()) {
                hi = mid - 1;
            } else if (at >= b.end()) {
                lo = mid + 1;
            } else {
                return blocks.get(mid).part();
            }
        }
        return Part.BODY;
    }

    /** True if the token lies inside a direct or block quotation (quote marks included). */
    public boolean inQuotation(int tokenIndex) {
        return quoteDepth[tokenIndex] > 0;
    }

    /** Lines of the source file. */
    public LineIndex lines() {
        return lines;
    }

    /** The source position of the prose character at {@code offset} (use for a span's start). */
    public Position position(int offset) {
        return lines.position(map.start(offset));
    }

    /** The source position just after the prose character before {@code offset} (a span's end). */
    public Position endPosition(int offset) {
        return lines.position(map.end(offset));
    }

    /** The characters of the source file a span of the prose comes from (markup included). */
    public String sourceText(Span span) {
        return source.substring(map.start(span.start()), map.end(span.end()));
    }

    /** Marks the tokens of block quotations as quoted, and returns them as quotations. */
    private List<Quotation> blockQuotes() {
        List<Quotation> out = new ArrayList<>();
        for (Block b : blocks) {
            Work.step();
            if (!b.quoted()) {
                continue;
            }
            int first = tokenAt(b.span().start());
            int last = first;
            for (int i = first; i < tokens.size() && tokens.start(i) < b.span().end(); i++) {
                Work.step();
                quoteDepth[i] = (byte) Math.max(1, quoteDepth[i]);
                last = i;
            }
            out.add(new Quotation(b.span(), first, last, false, false, 1, true));
        }
        return out;
    }

    private static List<Quotation> merge(List<Quotation> marked, List<Quotation> block) {
        if (block.isEmpty()) {
            return marked;
        }
        List<Quotation> all = new ArrayList<>(marked);
        all.addAll(block);
        all.sort(Comparator.comparingInt((Quotation q) -> q.span().start()));
        return List.copyOf(all);
    }
}
