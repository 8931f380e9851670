package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.text.Document;
import dev.slant.text.Format;
import dev.slant.text.FrontMatter;
import dev.slant.text.LineIndex;
import dev.slant.text.Position;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints a very large plain-text draft in parts of about {@value #PART} characters, split
 * at blank lines, on all cores, keeping only one part's analysis per thread in memory. A
 * paragraph that opens with a quotation mark (a quotation running on from the paragraph
 * before) is never the first of a part. Drafts with front matter or suppression
 * directives, Markdown and HTML are linted whole. Article-level checks (framing
 * consistency) apply within each part; everything else reads one paragraph at a time.
 */
final class Chunks {

    static final int THRESHOLD = 2_000_000;
    static final int PART = 1_000_000;

    private Chunks() {
    }

    /** True if the draft should be linted in parts. */
    static boolean apply(String text, Format format) {
        return format == Format.TEXT && text.length() > THRESHOLD && FrontMatter.parse(text) == FrontMatter.NONE
                && !hasDirective(text);
    }

    /** True if the text holds "slant-disable" or "slant-enable" (one pass over a large text, not two). */
    static boolean hasDirective(String text) {
        for (int i = text.indexOf("slant-"); i >= 0; i = text.indexOf("slant-", i + 1)) {
            Work.step();
            if (text.startsWith("disable", i + 6) || text.startsWith("enable", i + 6)) {
                return true;
            }
        }
        return false;
    }

    /** Where the parts start (the first is 0); one part if the text has no usable blank line. */
    static List<Integer> starts(String text) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        int from = PART;
        while (from < text.length()) {
            Work.step();
            int at = nextSplit(text, from);
            if (at < 0 || at >= text.length()) {
                break;
            }
            out.add(at);
            from = at + PART;
        }
        return out;
    }

    /** The start of the first paragraph at or after {@code from} that follows a blank line and opens with no quote. */
    private static int nextSplit(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0 && i + 1 < text.length()) {
            Work.step();
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                Work.step();
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                int k = j + 1;
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    Work.step();
                    k++;
                }
                if (k < text.length() && "\"'“‘«„".indexOf(text.charAt(k)) < 0) {
                    return j + 1; // the line after the blank line
                }
            }
            i = text.indexOf('\n', i + 1);
        }
        return -1;
    }

    /** Lints the parts on {@code threads} threads and puts their findings back in file coordinates. */
    static LintResult lint(String path, String text, Linter linter, Policy policy, int threads) {
        List<Integer> starts = starts(text);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, starts.size())), r -> {
            Thread t = new Thread(r, "slant-part");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Part>> parts = new ArrayList<>();
            for (int p = 0; p < starts.size(); p++) {
                Work.step();
                int start = starts.get(p);
                int end = p + 1 < starts.size() ? starts.get(p + 1) : text.length();
                parts.add(pool.submit(() -> {
                    Document doc = Document.parse(text.substring(start, end));
                    return new Part(linter.lint(doc, policy), doc.lines());
                }));
            }
            List<Part> done = new ArrayList<>();
            for (Future<Part> f : parts) {
                Work.step();
                done.add(f.get());
            }
            // the file's line index from the parts' (reading 10 MB again took 30 ms before the parts could start)
            LineIndex lines = LineIndex.join(text, done.stream().map(Part::lines).toList(), starts);
            List<Finding> all = new ArrayList<>();
            for (int p = 0; p < done.size(); p++) {
                Work.step();
                all.addAll(shift(done.get(p).findings(), starts.get(p), lines.position(starts.get(p))));
            }
            return new LintResult(path, null, lines, policy.fingerprints() ? distinct(all) : all, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.slant.text.Deadline.Exceeded(); // the time limit: the parts stop with the pool
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a part leaves: its findings and its lines. */
    private record Part(List<Finding> findings, LineIndex lines) {
    }

    /** A part's findings moved to where the part starts in the file. */
    private static List<Finding> shift(List<Finding> findings, int charBase, Position base) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Work.step();
            out.add(new Finding(f.rule(), f.category(), f.severity(), f.message(),
                    new Span(f.span().start() + charBase, f.span().end() + charBase), move(f.start(), base),
                    move(f.end(), base), f.text(), f.suggestions(), f.fingerprint()));
        }
        return out;
    }

    /** A part starts at the start of a line, so only lines and offsets move. */
    private static Position move(Position p, Position base) {
        return new Position(p.line() + base.line() - 1, p.column(), p.offset() + base.offset());
    }

    /** Fingerprints made per part may repeat across parts: the k-th repeat gets its own. */
    private static List<Finding> distinct(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Work.step();
            int k = seen.merge(f.fingerprint(), 1, Integer::sum) - 1;
            out.add(k == 0 ? f : f.withFingerprint(Fingerprints.hash(f.fingerprint() + '\u0000' + k).substring(0, 32)));
        }
        return out;
    }
}
