package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.engine.Batch;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.engine.Linter;
import dev.slant.engine.Policy;
import dev.slant.engine.RuleSet;
import dev.slant.engine.Source;
import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Format;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report without a browser: every finding is marked once, and everything is escaped. */
class HtmlReportTest {

    private static final Linter LINTER = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));

    private static String render(Source... sources) throws Exception {
        List<HtmlReport.Article> articles = new ArrayList<>();
        for (Source s : sources) {
            LintResult r = Batch.lint(List.of(new Batch.Task(s, LINTER, Policy.DEFAULT, false)), 1, x -> { }).get(0);
            articles.add(new HtmlReport.Article(r, LINTER.claims(r.document())));
        }
        StringWriter out = new StringWriter();
        new HtmlReport("9.9").write(articles, out);
        return out.toString();
    }

    @Test
    void everyFindingIsMarkedOnceEvenWhenTwoBeginAtOneWord() throws Exception {
        String text = "Shockingly, 12,000 people died in the bizarre attack, the deadliest since 2019.\n\n"
                + "“We are heartbroken,” the notorious mayor said.\n";
        Source s = Source.of("story.txt", text);
        LintResult r = Batch.lint(List.of(new Batch.Task(s, LINTER, Policy.DEFAULT, false)), 1, x -> { }).get(0);
        assertTrue(r.findings().size() >= 4, r.findings().toString());
        assertEquals(r.findings().get(0).start(), r.findings().get(1).start(), "two findings begin at one word");
        Document page = Jsoup.parse(render(s));
        List<String> marked = new ArrayList<>();
        for (Element e : page.select("[data-finding]")) {
            assertTrue(e.hasClass("hl"));
            assertEquals("0", e.attr("tabindex"), "each finding can be reached with the keyboard");
            assertFalse(e.attr("data-tip").isEmpty());
            marked.add(e.attr("data-rule") + " " + e.attr("data-start") + "-" + e.attr("data-end"));
        }
        List<String> expected = new ArrayList<>();
        for (Finding f : r.findings()) {
            expected.add(f.rule() + " " + f.start().offset() + "-" + f.end().offset());
        }
        assertEquals(expected, marked);
        assertTrue(page.select(".quote").text().contains("We are heartbroken"), "quotations are marked");
        assertFalse(page.select(".cue").isEmpty(), "verbs of saying are marked");
        assertEquals("1 of 1 (100%)", page.select("dt:containsOwn(Claims without attribution) + dd").text());
    }

    @Test
    void everythingEmbeddedIsEscapedAndNothingIsFetched() throws Exception {
        String hostile = "The <script>alert('x')</script> plan & the \"bizarre\" <img src=x onerror=alert(1)> show.\n";
        String html = render(Source.of("<b>evil</b>.txt", hostile), Source.of("second.md", Format.MARKDOWN,
                "# A *notorious* plan\n\nIt is <i>bizarre</i>.\n"));
        assertFalse(html.contains("<script>alert"), "draft text is escaped");
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b>evil"), "paths are escaped");
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script").size(), "only the report's own script");
        assertTrue(page.select("[src], link[href]").isEmpty(), "no external assets");
        assertEquals(2, page.select("table.sortable tbody tr").size(), "a summary row per article");
        assertFalse(page.select("svg[role=img] title").isEmpty(), "the chart has a text alternative");
    }
}
