package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same drafts give byte-identical output whatever the threads, locale or default charset. */
class DeterminismTest {

    @TempDir
    static Path drafts;

    private static Path folder() throws Exception {
        if (!Files.exists(drafts.resolve("a/01.md"))) {
            String[] texts = {
                "# The diminutive mayor\n\nThe mayor blasted critics, who say the regime has done nothing.\n",
                "“It is a bizarre show,” said Zoë Müller. According to police, 12,000 people marched.\n",
                "<p>The notorious aide touted the so-called reform &amp; left.</p>\n",
                "Critics say the spending spree fueled inflation, the deadliest since 2019.\n",
            };
            for (int i = 0; i < 24; i++) {
                String ext = i % 3 == 0 ? ".md" : i % 3 == 1 ? ".txt" : ".html";
                CliTest.writeFile(drafts, (i % 2 == 0 ? "a/" : "b/") + String.format("%02d", i + 1) + ext,
                        texts[i % texts.length].repeat(1 + i % 5));
            }
        }
        return drafts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "checkstyle", "junit", "rdjson"})
    void parallelRunsMatchASingleThread(String format) throws Exception {
        String dir = folder().toString();
        String one = mask(run("lint", "--no-config", "-f", format, "-j", "1", dir).out());
        for (int jobs : new int[] {2, 4, 8}) {
            assertEquals(one, mask(run("lint", "--no-config", "-f", format, "-j", String.valueOf(jobs), dir).out()),
                    format + " with " + jobs + " jobs");
        }
    }

    /** Elapsed time is the one thing that may differ. */
    private static String mask(String out) {
        return out.replaceAll("\\d+ ms", "N ms").replaceAll("time=\"[0-9.]+\"", "time=\"N\"");
    }

    @Test
    void outputDoesNotDependOnLocaleOrDefaultCharset() throws Exception {
        String dir = folder().toString();
        String here = mask(run("lint", "--no-config", "-f", "text", dir).out());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), "dev.slant.cli.Main",
                "lint", "--no-config", "-f", "text", dir));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String there = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertTrue(here.contains("Müller") || here.contains("diminutive"), here);
        assertEquals(here, mask(there), "a Turkish locale and a Latin-1 default charset change nothing");
    }
}
