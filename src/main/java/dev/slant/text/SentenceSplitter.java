package dev.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits each paragraph into sentences, working on tokens. A sentence ends at . ! ? or …
 * (plus any closing quotes and brackets right after it) when the next token starts a
 * sentence: a capitalised word, a number, an opening quote. A lowercase word after the
 * mark keeps the sentence going ("'Why?' he asked"). Abbreviations come from
 * {@link Abbreviations}; a single capital letter with a period is an initial
 * ("John F. Kennedy"). Decimals are single NUMBER tokens, so they never split.
 */
final class SentenceSplitter {

    private final String text;
    private final Tokens tokens;
    private final Forms forms;
    private final boolean[] closer;
    private final Abbreviations abbreviations;
    private static final Abbreviations.Kind[] KINDS = Abbreviations.Kind.values();
    /** Per form id: 0 not looked up yet, 1 not an abbreviation, else 2 + the ordinal of its kind. */
    private byte[] kindById;

    SentenceSplitter(String text, Tokens tokens, Forms forms, boolean[] closer, Abbreviations abbreviations) {
        this.text = text;
        this.tokens = tokens;
        this.forms = forms;
        this.closer = closer;
        this.abbreviations = abbreviations;
    }

    /**
     * The sentences of the paragraphs. Only the tokens' marks ({@link Tokens#mark}) can end a
     * sentence, so only those are visited, not every token.
     */
    List<Sentence> split(List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        int marks = tokens.markCount();
        int m = 0; // the next mark to visit: paragraphs come in order
        for (Paragraph p : paragraphs) {
            Work.step();
            int start = p.firstToken();
            for (; m < marks; m++) {
                Work.step();
                int i = tokens.mark(m);
                if (i >= p.endToken()) {
                    break;
                }
                if (i < start || !mayEnd(tokens.markKind(m))) {
                    continue; // a mark inside the closers and space after the last sentence's end
                }
                int end = afterClosers(i + 1, p.endToken());
                int next = skipSpace(end, p.endToken());
                // white space must follow: "(D-N.M.)" and "end.Then" do not split
                if (next < p.endToken() && next > end && endsSentence(i, next)) {
                    add(out, p, start, end);
                    start = next;
                }
            }
            add(out, p, start, p.endToken());
        }
        return List.copyOf(out);
    }

    private static boolean mayEnd(TokenKind k) {
        return k == TokenKind.TERMINAL || k == TokenKind.ELLIPSIS || k == TokenKind.INITIALISM;
    }

    private boolean endsSentence(int mark, int next) {
        if (!startsSentence(next)) {
            return false;
        }
        TokenKind k = tokens.kind(mark);
        int at = tokens.start(mark);
        if (k == TokenKind.INITIALISM) {
            String abbr = text.substring(at, tokens.end(mark) - 1);
            return afterAbbreviation(kindOr(abbr, Abbreviations.Kind.GENERAL), next);
        }
        if (k != TokenKind.TERMINAL || text.charAt(at) != '.' || mark == 0) {
            return true;
        }
        if (tokens.kind(mark - 1) != TokenKind.WORD) {
            return true;
        }
        int word = tokens.start(mark - 1); // the word ends at the period
        if (at - word == 1 && Character.isUpperCase(text.charAt(word)) && text.charAt(word) != 'I') {
            return !isCapitalisedWord(next); // an initial: "John F. Kennedy"
        }
        Abbreviations.Kind kind = abbreviationKind(mark - 1);
        return kind == null || afterAbbreviation(kind, next);
    }

    /**
     * {@code abbreviations.kindOf} the word token {@code i}, looked up once per distinct form
     * of the document ("said." ends many sentences) when the word has a form id: it is then
     * plain ASCII, and its form is the word in lower case.
     */
    private Abbreviations.Kind abbreviationKind(int i) {
        int id = forms.id(i);
        if (id < 0) {
            return abbreviations.kindOf(text.substring(tokens.start(i), tokens.end(i)));
        }
        if (kindById == null) {
            kindById = new byte[forms.distinct()];
        }
        if (kindById[id] == 0) {
            Abbreviations.Kind kind = abbreviations.kindOf(forms.form(i));
            kindById[id] = (byte) (kind == null ? 1 : 2 + kind.ordinal());
        }
        return kindById[id] == 1 ? null : KINDS[kindById[id] - 2];
    }

    private Abbreviations.Kind kindOr(String abbr, Abbreviations.Kind fallback) {
        Abbreviations.Kind kind = abbreviations.kindOf(abbr);
        return kind == null ? fallback : kind;
    }

    private boolean afterAbbreviation(Abbreviations.Kind kind, int next) {
        Token n = tokens.get(next);
        switch (kind) {
            case TITLE:
                return false;
            case NUMBER:
                return n.kind() != TokenKind.NUMBER;
            case DATE:
                return n.kind() != TokenKind.NUMBER && generalEnd(n);
            default:
                return generalEnd(n);
        }
    }

    /** After "Inc." or "U.S.", only a common sentence opener (or a quote) starts a new sentence. */
    private boolean generalEnd(Token next) {
        if (next.kind().isQuoteMark()) {
            return true;
        }
        return next.kind() == TokenKind.WORD && abbreviations.isOpener(next.text(text));
    }

    private boolean startsSentence(int i) {
        switch (tokens.kind(i)) {
            case WORD:
            case INITIALISM: {
                char first = text.charAt(tokens.start(i));
                if (first < 128) { // ASCII: only a to z are lower case
                    return first < 'a' || first > 'z';
                }
                return !Character.isLowerCase(text.codePointAt(tokens.start(i)));
            }
            case PUNCT:
            case TERMINAL:
            case DASH: // “…” ― Name: the signature belongs to the quotation
            case CLOSE_DOUBLE_QUOTE:
            case CLOSE_SINGLE_QUOTE:
            case APOSTROPHE:
            case ELLIPSIS:
                return false;
            case DOUBLE_QUOTE:
            case SINGLE_QUOTE:
                return !closer[i];
            default:
                return true;
        }
    }

    private boolean isCapitalisedWord(int i) {
        return tokens.kind(i).isWordLike() && Character.isUpperCase(text.codePointAt(tokens.start(i)));
    }

    /** Skips closing quotes and brackets glued after a sentence mark. */
    private int afterClosers(int i, int end) {
        while (i < end) {
            Work.step();
            TokenKind k = tokens.kind(i);
            boolean bracket = k == TokenKind.PUNCT
                    && (text.charAt(tokens.start(i)) == ')' || text.charAt(tokens.start(i)) == ']');
            boolean quote = closer[i] || k == TokenKind.CLOSE_DOUBLE_QUOTE || k == TokenKind.CLOSE_SINGLE_QUOTE;
            if (!bracket && !quote) {
                break;
            }
            i++;
        }
        return i;
    }

    private int skipSpace(int i, int end) {
        while (i < end && tokens.kind(i).isSpace()) {
            Work.step();
            i++;
        }
        return i;
    }

    private void add(List<Sentence> out, Paragraph p, int first, int end) {
        int b = end;
        while (b > first && tokens.kind(b - 1).isSpace()) {
            Work.step();
            b--;
        }
        if (first < b) {
            Span span = new Span(tokens.start(first), tokens.end(b - 1));
            out.add(new Sentence(out.size(), p.index(), first, b, span));
        }
    }
}
