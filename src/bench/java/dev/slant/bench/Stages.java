package dev.slant.bench;

import dev.slant.engine.Linter;
import dev.slant.engine.Policy;
import dev.slant.engine.RuleSet;
import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Document;
import dev.slant.text.Token;
import dev.slant.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process stages of slant on 1 MB of news-like text (operations per second; the
 * summary turns them into MB/s and ratios to the floor). Run with 1 thread and with all
 * cores (JMH -t) by src/bench/run.sh.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Stages {

    /** The text and the compiled shipped packs, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Input {
        byte[] bytes;
        String text;
        Linter shipped;

        @Setup(Level.Trial)
        public void setUp() {
            text = Corpus.text(1_000_000, 2);
            bytes = text.getBytes(StandardCharsets.UTF_8);
            shipped = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
        }
    }

    /** A synthetic rule set of N phrase rules. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        @Param({"100", "2000", "20000"})
        int rules;
        Linter linter;

        @Setup(Level.Trial)
        public void setUp() {
            linter = new Linter(SyntheticPacks.of(rules));
        }
    }

    /** The floor: decode the bytes and make one pass over the characters. */
    @Benchmark
    public long floor(Input in) {
        String s = new String(in.bytes, StandardCharsets.UTF_8);
        long sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
        }
        return sum;
    }

    /** The ANTLR lexer alone. */
    @Benchmark
    public List<Token> lexer(Input in) {
        return Tokenizer.tokenize(in.text);
    }

    /** Lexer, paragraphs, quotations, sentences, attribution and voices. */
    @Benchmark
    public Document analysis(Input in) {
        return Document.parse(in.text);
    }

    /**
     * Everything: analysis and every shipped rule (the defaults of slant lint, whose text
     * report needs no fingerprints).
     */
    @Benchmark
    public int lint(Input in) {
        return in.shipped.lint(Document.parse(in.text), Policy.DEFAULT.withFingerprints(false)).size();
    }

    /** Analysis and N synthetic phrase rules. */
    @Benchmark
    public int lintSynthetic(Input in, Synthetic s) {
        return s.linter.lint(Document.parse(in.text), Policy.DEFAULT.withFingerprints(false)).size();
    }
}
