package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless browser: Debian's chromium driven by playwright-core
 * (src/test/browser; .ci/run installs both). The page loads with no console error and no
 * network request, the highlighted findings are exactly those of the JSON report, a
 * finding's tooltip shows on keyboard focus, the summary table sorts, and a screenshot is
 * written to target/. Skipped, saying why, only when no browser is installed.
 */
class HtmlReportBrowserTest {

    static final Path BROWSER_DIR = Path.of("src/test/browser");

    private static String chromium() {
        String env = System.getenv("SLANT_CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    private static boolean node() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theReportOfTheExamplesShowsTheFindingsInABrowser() throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "no chromium installed (apt-get install chromium; .ci/run does it): "
                + "the HTML report's browser test is skipped");
        assumeTrue(node() && Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core")),
                "playwright-core is not installed (npm ci --prefix src/test/browser; .ci/run does it): "
                        + "the HTML report's browser test is skipped");
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("report-examples.html");
        Path screenshot = target.resolve("report-examples.png");
        CliTest.Run report = run("report", "--no-config", "--html", html.toString(), "examples");
        assertEquals(0, report.code(), report.err());
        JsonNode lint = new ObjectMapper().readTree(run("lint", "--no-config", "-f", "json", "examples").out());

        Process p = new ProcessBuilder("node", BROWSER_DIR.resolve("check-report.mjs").toString(), html.toString(),
                screenshot.toString(), chromium).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the browser finished");
        assertEquals(0, p.exitValue(), err);
        JsonNode page = new ObjectMapper().readTree(out);

        assertEquals("slant report", page.get("title").asText());
        assertEquals(0, page.get("consoleErrors").size(), page.get("consoleErrors").toString());
        assertEquals(0, page.get("requests").size(), "no network: " + page.get("requests"));
        assertEquals(expected(lint), shown(page), "the highlighted findings are those of the JSON report");
        assertTrue(page.get("tooltip").asText().length() > 10, "a focused finding shows its message");
        List<Integer> sorted = new ArrayList<>();
        page.get("sorted").forEach(n -> sorted.add(n.asInt()));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1) >= sorted.get(i), "sorted by findings, descending: " + sorted);
        }
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot in " + screenshot);
    }

    /** "article index: rule start-end" for every finding of the JSON report. */
    private static List<String> expected(JsonNode lint) {
        List<String> out = new ArrayList<>();
        int a = 1;
        for (JsonNode file : lint.get("files")) {
            for (JsonNode f : file.get("findings")) {
                out.add("a" + a + ": " + f.get("rule").asText() + " " + f.get("start").asInt() + "-" + f.get("end").asInt());
            }
            a++;
        }
        return out;
    }

    private static List<String> shown(JsonNode page) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : page.get("findings")) {
            assertTrue(f.get("highlighted").asBoolean(), "highlighted in the text: " + f);
            out.add(f.get("article").asText() + ": " + f.get("rule").asText() + " " + f.get("start").asInt() + "-"
                    + f.get("end").asInt());
        }
        return out;
    }
}
