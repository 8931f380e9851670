package dev.slant.text.pattern;

import dev.slant.text.Work;
import dev.slant.text.Inflector;
import dev.slant.text.WordForms;
import dev.slant.text.antlr.SlantPatternBaseVisitor;
import dev.slant.text.antlr.SlantPatternLexer;
import dev.slant.text.antlr.SlantPatternParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Parses a pattern with the ANTLR grammar {@code grammar/SlantPattern.g4} and compiles it
 * into {@link Node}s. Syntax errors and unknown word classes become a
 * {@link PatternException} with the 1-based column in the pattern.
 */
final class PatternCompiler extends SlantPatternBaseVisitor<Node> {

    private static final int MAX_REPEAT = 20;

    private final WordClasses classes;
    private boolean reported;

    private PatternCompiler(WordClasses classes) {
        this.classes = classes;
    }

    static Node compile(String source, WordClasses classes) {
        SlantPatternLexer lexer = new SlantPatternLexer(CharStreams.fromString(source));
        SlantPatternParser parser = new SlantPatternParser(new CommonTokenStream(lexer));
        BaseErrorListener fail = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                    RecognitionException e) {
                throw new PatternException(column + 1, msg);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(fail);
        parser.removeErrorListeners();
        parser.addErrorListener(fail);
        return new PatternCompiler(classes).visit(parser.pattern());
    }

    @Override
    public Node visitPattern(SlantPatternParser.PatternContext ctx) {
        return visit(ctx.alternatives());
    }

    @Override
    public Node visitAlternatives(SlantPatternParser.AlternativesContext ctx) {
        List<Node> options = new ArrayList<>();
        for (SlantPatternParser.SequenceContext s : ctx.sequence()) {
            Work.step();
            options.add(visit(s));
        }
        return options.size() == 1 ? options.get(0) : new Node.Alternatives(List.copyOf(options));
    }

    @Override
    public Node visitSequence(SlantPatternParser.SequenceContext ctx) {
        List<Node> items = new ArrayList<>();
        for (SlantPatternParser.ElementContext e : ctx.element()) {
            Work.step();
            items.add(visit(e));
        }
        return items.size() == 1 ? items.get(0) : new Node.Sequence(List.copyOf(items));
    }

    @Override
    public Node visitElement(SlantPatternParser.ElementContext ctx) {
        Node atom = visit(ctx.atom());
        SlantPatternParser.QuantifierContext q = ctx.quantifier();
        if (q == null) {
            return atom;
        }
        boolean repeats = !(q instanceof SlantPatternParser.OptionalContext);
        if (repeats && repeats(atom)) {
            throw new PatternException(q.getStart().getCharPositionInLine() + 1, "a repeat of something that "
                    + "repeats (as in (_+)*) can take exponential time; repeat single words, or use {min,max} once");
        }
        if (q instanceof SlantPatternParser.OptionalContext) {
            return new Node.Repeat(atom, 0, 1);
        }
        if (q instanceof SlantPatternParser.ZeroOrMoreContext) {
            return new Node.Repeat(atom, 0, MAX_REPEAT);
        }
        if (q instanceof SlantPatternParser.OneOrMoreContext) {
            return new Node.Repeat(atom, 1, MAX_REPEAT);
        }
        SlantPatternParser.CountedContext c = (SlantPatternParser.CountedContext) q;
        int min = number(c.INT(0).getSymbol());
        int max = c.INT().size() > 1 ? number(c.INT(1).getSymbol()) : (c.getChildCount() > 3 ? MAX_REPEAT : min);
        if (max < min) {
            throw new PatternException(c.getStart().getCharPositionInLine() + 1, "{" + min + "," + max + "}: the maximum is below the minimum");
        }
        return new Node.Repeat(atom, min, max);
    }

    /** True if the node can match more than one word by repeating (a quantifier other than ?). */
    private static boolean repeats(Node n) {
        if (n instanceof Node.Repeat) {
            Node.Repeat r = (Node.Repeat) n;
            return r.max() > 1 || repeats(r.inner());
        }
        if (n instanceof Node.Sequence) {
            return ((Node.Sequence) n).items().stream().anyMatch(PatternCompiler::repeats);
        }
        if (n instanceof Node.Alternatives) {
            return ((Node.Alternatives) n).options().stream().anyMatch(PatternCompiler::repeats);
        }
        if (n instanceof Node.Report) {
            return repeats(((Node.Report) n).inner());
        }
        return false;
    }

    @Override
    public Node visitLiteral(SlantPatternParser.LiteralContext ctx) {
        return new Node.Forms(Set.of(WordForms.normalise(ctx.getText())));
    }

    @Override
    public Node visitNumber(SlantPatternParser.NumberContext ctx) {
        return new Node.Forms(Set.of(ctx.getText()));
    }

    @Override
    public Node visitLemma(SlantPatternParser.LemmaContext ctx) {
        return new Node.Forms(Set.copyOf(Inflector.forms(WordForms.normalise(ctx.getText().substring(1)))));
    }

    @Override
    public Node visitExact(SlantPatternParser.ExactContext ctx) {
        String text = ctx.getText();
        return new Node.Exact(text.substring(1, text.length() - 1).replace('\u2019', '\''));
    }

    @Override
    public Node visitWordClass(SlantPatternParser.WordClassContext ctx) {
        String name = ctx.getText().substring(1);
        Set<String> forms = classes.get(name);
        if (forms == null) {
            throw new PatternException(ctx.getStart().getCharPositionInLine() + 1, "unknown word class @" + name);
        }
        return new Node.Forms(forms);
    }

    @Override
    public Node visitAny(SlantPatternParser.AnyContext ctx) {
        return new Node.Any();
    }

    @Override
    public Node visitRunStart(SlantPatternParser.RunStartContext ctx) {
        return new Node.Start();
    }

    @Override
    public Node visitRunEnd(SlantPatternParser.RunEndContext ctx) {
        return new Node.End();
    }

    @Override
    public Node visitNot(SlantPatternParser.NotContext ctx) {
        Node inner = visit(ctx.atom());
        if (!(inner instanceof Node.Word)) {
            throw new PatternException(ctx.atom().getStart().getCharPositionInLine() + 1,
                    "! applies to one word: a word, ~lemma, \"Exact\", @class or _");
        }
        return new Node.Not((Node.Word) inner);
    }

    @Override
    public Node visitGroup(SlantPatternParser.GroupContext ctx) {
        return visit(ctx.alternatives());
    }

    @Override
    public Node visitReport(SlantPatternParser.ReportContext ctx) {
        if (reported) {
            throw new PatternException(ctx.getStart().getCharPositionInLine() + 1, "only one [ ] part may be reported");
        }
        reported = true;
        return new Node.Report(visit(ctx.alternatives()));
    }

    private static int number(Token t) {
        try {
            return Integer.parseInt(t.getText());
        } catch (NumberFormatException e) {
            throw new PatternException(t.getCharPositionInLine() + 1, "number too large: " + t.getText());
        }
    }
}
