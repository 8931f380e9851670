package dev.slant.report;

import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.engine.SentenceClaims;
import dev.slant.eval.WordScore;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Paragraph;
import dev.slant.text.Quotation;
import dev.slant.text.Sentence;
import dev.slant.text.Span;
import dev.slant.text.Voice;
import dev.slant.text.Work;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained HTML page (no external assets, no network) with each article's prose,
 * its findings highlighted by category (hover or keyboard focus shows the message and
 * suggestion; category is shown by line style and a label, not colour alone), quotations
 * and attributions marked, and per-article figures: findings by category, loaded terms per
 * 1,000 words, and the share of claims in the writer's own voice (no attribution). Several
 * articles also get a sortable summary table and a bar chart. Every embedded text is
 * escaped. Each highlighted finding carries its rule and file offsets in data attributes,
 * so tests can compare the page with the JSON report.
 */
public final class HtmlReport {

    /** An article to show: its result (with its document) and the claims of its sentences. */
    public record Article(LintResult result, SentenceClaims claims) {
    }

    private final String version;

    public HtmlReport(String version) {
        this.version = version;
    }

    public void write(List<Article> articles, Writer out) throws IOException {
        List<Stats> stats = new ArrayList<>();
        for (Article a : articles) {
            stats.add(Stats.of(a));
        }
        out.write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>slant report</title>\n<style>\n" + HtmlAssets.CSS + "</style>\n</head>\n<body>\n");
        int findings = stats.stream().mapToInt(s -> s.findings).sum();
        out.write("<header><h1>slant report</h1><p>" + TextReporter.count(articles.size(), "article") + ", "
                + TextReporter.count(findings, "finding") + ". Made by slant " + esc(version) + ".</p></header>\n<main>\n");
        if (articles.size() > 1) {
            summary(stats, out);
        }
        legend(out);
        for (int i = 0; i < articles.size(); i++) {
            article("a" + (i + 1), articles.get(i), stats.get(i), out);
        }
        out.write("</main>\n<script>\n" + HtmlAssets.JS + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /** The figures of one article. */
    private record Stats(String path, int words, int findings, int loaded, int claims, int unattributed,
            Map<String, Integer> byCategory) {

        static Stats of(Article a) {
            LintResult r = a.result();
            Map<String, Integer> byCategory = new TreeMap<>();
            int loaded = 0;
            for (Finding f : r.findings()) {
                Work.step();
                byCategory.merge(f.category(), 1, Integer::sum);
                if (!WordScore.SOURCING.contains(f.category()) && !f.category().equals("directive")) {
                    loaded++;
                }
            }
            int words = 0;
            int claims = 0;
            int unattributed = 0;
            Document doc = r.document();
            if (doc != null) {
                for (int t = 0; t < doc.tokens().size(); t++) {
                    Work.step();
                    if (doc.tokenKind(t).isWordLike()) {
                        words++;
                    }
                }
                for (Sentence s : doc.sentences()) {
                    Work.step();
                    if (a.claims() != null && !a.claims().reasons(s.index()).isEmpty()) {
                        claims++;
                        if (doc.voice(s) == Voice.WRITER) {
                            unattributed++;
                        }
                    }
                }
            }
            return new Stats(r.path(), words, r.findings().size(), loaded, claims, unattributed, byCategory);
        }

        double loadedPerThousand() {
            return words == 0 ? 0 : 1000.0 * loaded / words;
        }

        String unattributedShare() {
            return claims == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * unattributed / claims);
        }
    }

    private static void summary(List<Stats> stats, Writer out) throws IOException {
        out.write("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>\n"
                + "<table class=\"sortable\"><caption>Articles (select a heading to sort)</caption><thead><tr>");
        String[] heads = {"Article", "Words", "Findings", "Loaded terms per 1,000 words", "Claims without attribution"};
        for (int c = 0; c < heads.length; c++) {
            out.write("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-column=\"" + c + "\">"
                    + esc(heads[c]) + "</button></th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < stats.size(); i++) {
            Stats s = stats.get(i);
            double share = s.claims == 0 ? -1 : (double) s.unattributed / s.claims;
            out.write("<tr><td data-value=\"" + esc(s.path) + "\"><a href=\"#a" + (i + 1) + "\">" + esc(s.path)
                    + "</a></td><td data-value=\"" + s.words + "\">" + s.words + "</td><td data-value=\""
                    + s.findings + "\">" + s.findings + "</td><td data-value=\""
                    + String.format(Locale.ROOT, "%.3f", s.loadedPerThousand()) + "\">"
                    + String.format(Locale.ROOT, "%.1f", s.loadedPerThousand()) + "</td><td data-value=\""
                    + String.format(Locale.ROOT, "%.4f", share) + "\">" + s.unattributedShare() + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
        chart(stats, out);
        out.write("</section>\n");
    }

    /** A small horizontal bar chart of findings by category, with the numbers written out. */
    private static void chart(List<Stats> stats, Writer out) throws IOException {
        Map<String, Integer> total = new TreeMap<>();
        for (Stats s : stats) {
            s.byCategory.forEach((c, n) -> total.merge(c, n, Integer::sum));
        }
        int max = total.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int rowHeight = 22;
        int height = Math.max(1, total.size()) * rowHeight + 10;
        out.write("<figure><svg role=\"img\" aria-labelledby=\"chart-title\" width=\"560\" height=\"" + height
                + "\" viewBox=\"0 0 560 " + height + "\"><title id=\"chart-title\">Findings by category</title>\n");
        int y = 5;
        for (Map.Entry<String, Integer> e : total.entrySet()) {
            int width = (int) Math.round(300.0 * e.getValue() / max);
            out.write("<text x=\"0\" y=\"" + (y + 15) + "\" class=\"axis\">" + esc(e.getKey()) + "</text>"
                    + "<rect x=\"180\" y=\"" + (y + 3) + "\" width=\"" + Math.max(1, width) + "\" height=\"14\" class=\"bar c-"
                    + esc(e.getKey()) + "\"></rect><text x=\"" + (186 + width) + "\" y=\"" + (y + 15) + "\">"
                    + e.getValue() + "</text>\n");
            y += rowHeight;
        }
        out.write("</svg><figcaption>Findings by category, all articles</figcaption></figure>\n");
    }

    private static void legend(Writer out) throws IOException {
        out.write("<section aria-labelledby=\"legend\" class=\"legend\"><h2 id=\"legend\">How to read the articles"
                + "</h2><ul>"
                + "<li><span class=\"hl c-loaded-language\">underlined words</span> are findings; the line style and "
                + "the label after them name the category. Hover over them, or reach them with the Tab key, to see "
                + "the message and the suggestion.</li>"
                + "<li><span class=\"hl c-unattributed-claim\">a dotted box</span> marks a claim in the writer's "
                + "own voice with no source.</li>"
                + "<li><span class=\"quote\">italic blue text</span> is a direct quotation; "
                + "<span class=\"cue\">a double underline</span> marks a verb of saying and "
                + "<span class=\"source\">bold text</span> its source.</li></ul></section>\n");
    }

    private void article(String id, Article a, Stats s, Writer out) throws IOException {
        LintResult r = a.result();
        out.write("<article id=\"" + id + "\" aria-labelledby=\"" + id + "-title\"><h2 id=\"" + id + "-title\">"
                + esc(r.path()) + "</h2>\n<dl class=\"stats\"><dt>Words</dt><dd>" + s.words + "</dd><dt>Findings</dt><dd>"
                + s.findings + "</dd><dt>Loaded terms per 1,000 words</dt><dd>"
                + String.format(Locale.ROOT, "%.1f", s.loadedPerThousand()) + "</dd><dt>Claims without attribution</dt>"
                + "<dd>" + s.unattributed + " of " + s.claims + " (" + s.unattributedShare() + ")</dd>");
        for (Map.Entry<String, Integer> e : s.byCategory.entrySet()) {
            out.write("<dt>" + esc(e.getKey()) + "</dt><dd>" + e.getValue() + "</dd>");
        }
        out.write("</dl>\n");
        if (r.document() == null) {
            out.write("<p class=\"error\">" + esc(r.failed() ? "Could not be read: " + r.error() : r.note())
                    + "</p></article>\n");
            return;
        }
        out.write("<div class=\"text\">\n");
        for (Paragraph p : r.document().paragraphs()) {
            Work.step();
            out.write("<p>");
            new Highlighter(id, r).paragraph(p.span(), out);
            out.write("</p>\n");
        }
        out.write("</div>\n<h3>Findings</h3>\n");
        if (r.findings().isEmpty()) {
            out.write("<p>None.</p>\n");
        } else {
            out.write("<ol class=\"findings\">\n");
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                boolean inText = !f.category().equals("directive");
                out.write("<li id=\"" + id + "-f" + i + "\"" + (inText ? "" : dataAttributes(f)) + ">"
                        + f.start().line() + ":" + f.start().column() + " <span class=\"tag c-" + esc(f.category())
                        + "\">" + esc(f.category()) + "</span> <code>" + esc(f.rule()) + "</code> "
                        + esc(f.message()) + (f.suggestions().isEmpty() ? ""
                        : " <em>Suggestion: " + esc(String.join(" | ", f.suggestions())) + "</em>") + "</li>\n");
            }
            out.write("</ol>\n");
        }
        out.write("</article>\n");
    }

    static String dataAttributes(Finding f) {
        return " data-finding data-rule=\"" + esc(f.rule()) + "\" data-start=\"" + f.start().offset() + "\" data-end=\""
                + f.end().offset() + "\"";
    }

    /** Text safe inside HTML elements and quoted attributes; control characters shown as U+FFFD. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default:
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        sb.append('\uFFFD');
                    } else if (c >= 0xD800 && c <= 0xDFFF) {
                        sb.append('\uFFFD'); // a lone surrogate cannot be written as UTF-8
                    } else {
                        sb.appendCodePoint(c);
                    }
            }
        });
        return sb.toString();
    }

    /** Writes a paragraph's prose cut at every boundary of a highlight, each piece with the layers it is in. */
    private static final class Highlighter {
        private final String id;
        private final LintResult result;
        private final Document doc;

        Highlighter(String id, LintResult result) {
            this.id = id;
            this.result = result;
            this.doc = result.document();
        }

        void paragraph(Span p, Writer out) throws IOException {
            TreeSet<Integer> cuts = new TreeSet<>(List.of(p.start(), p.end()));
            List<Span> quotes = clip(p, doc.quotations().stream().map(Quotation::span).toList(), cuts);
            List<Span> cues = new ArrayList<>();
            List<Span> sources = new ArrayList<>();
            for (Attribution at : doc.attributions()) {
                Work.step();
                if (at.cue() != null) {
                    cues.addAll(clip(p, List.of(at.cue()), cuts));
                }
                if (at.source() != null) {
                    sources.addAll(clip(p, List.of(at.source()), cuts));
                }
            }
            List<Integer> findings = new ArrayList<>();
            for (int i = 0; i < result.findings().size(); i++) {
                Work.step();
                Finding f = result.findings().get(i);
                if (!f.category().equals("directive") && f.span().overlaps(p)) {
                    findings.add(i);
                    clip(p, List.of(f.span()), cuts);
                }
            }
            Integer prev = null;
            for (int cut : cuts) {
                Work.step();
                if (prev != null && cut > prev) {
                    piece(new Span(prev, cut), quotes, cues, sources, findings, out);
                }
                prev = cut;
            }
        }

        private static List<Span> clip(Span p, List<Span> spans, TreeSet<Integer> cuts) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                Work.step();
                if (s.overlaps(p)) {
                    Span c = new Span(Math.max(s.start(), p.start()), Math.min(s.end(), p.end()));
                    cuts.add(c.start());
                    cuts.add(c.end());
                    out.add(c);
                }
            }
            return out;
        }

        private void piece(Span piece, List<Span> quotes, List<Span> cues, List<Span> sources, List<Integer> findings,
                Writer out) throws IOException {
            List<String> classes = new ArrayList<>();
            if (within(piece, quotes)) {
                classes.add("quote");
            }
            if (within(piece, cues)) {
                classes.add("cue");
            }
            if (within(piece, sources)) {
                classes.add("source");
            }
            StringBuilder tip = new StringBuilder();
            StringBuilder described = new StringBuilder();
            List<Integer> starting = new ArrayList<>(); // findings that begin here, in the JSON report's order
            String label = "";
            for (int i : findings) {
                Finding f = result.findings().get(i);
                if (f.span().contains(piece)) {
                    classes.add("hl");
                    classes.add("c-" + f.category());
                    tip.append(tip.length() == 0 ? "" : " · ").append(tipOf(f));
                    described.append(described.length() == 0 ? "" : " ").append(id).append("-f").append(i);
                    if (f.span().start() == piece.start()) {
                        starting.add(i);
                    }
                    if (f.span().end() == piece.end()) {
                        label += "<span class=\"label\" aria-hidden=\"true\">" + esc(f.category()) + "</span>";
                    }
                }
            }
            String text = esc(doc.text().substring(piece.start(), piece.end()));
            if (classes.isEmpty()) {
                out.write(text);
                return;
            }
            out.write("<span class=\"" + esc(String.join(" ", classes)) + "\"");
            if (tip.length() > 0) {
                out.write(" data-tip=\"" + esc(tip.toString()) + "\" aria-describedby=\"" + described + "\"");
                if (!starting.isEmpty()) {
                    out.write(" tabindex=\"0\"" + dataAttributes(result.findings().get(starting.get(0))));
                }
            }
            out.write(">");
            for (int k = 1; k < starting.size(); k++) {
                // another finding begins at the same word: its own marker, nested, so each can be reached
                Finding f = result.findings().get(starting.get(k));
                out.write("<span class=\"hl c-" + esc(f.category()) + "\" tabindex=\"0\" data-tip=\"" + esc(tipOf(f))
                        + "\" aria-describedby=\"" + id + "-f" + starting.get(k) + "\"" + dataAttributes(f) + ">");
            }
            out.write(text);
            for (int k = 1; k < starting.size(); k++) {
                out.write("</span>");
            }
            out.write("</span>" + label);
        }

        private static String tipOf(Finding f) {
            return f.message() + (f.suggestions().isEmpty() ? "" : " (suggestion: " + String.join(" | ", f.suggestions())
                    + ")");
        }

        private static boolean within(Span piece, List<Span> spans) {
            for (Span s : spans) {
                if (s.contains(piece)) {
                    return true;
                }
            }
            return false;
        }
    }
}
