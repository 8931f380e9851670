package dev.slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    private static final Path BASE = Path.of("/news").toAbsolutePath();

    @ParameterizedTest
    @CsvSource({
        "archive/, archive/2019/a.md, true",
        "archive/, news/archive.md, false",
        "*.draft.md, a.draft.md, true",
        "*.draft.md, deep/er/a.draft.md, true",
        "*.draft.md, a.md, false",
        "opinion/*.md, opinion/col.md, true",
        "opinion/*.md, opinion/x/col.md, false",
        "news/**/wire-*.txt, news/wire-1.txt, true",
        "news/**/wire-*.txt, news/a/b/wire-1.txt, true",
        "/top.md, top.md, true",
        "./top.md, top.md, true",
        "**/*.md, x.md, true",
    })
    void matchesLikeGitignore(String pattern, String file, boolean expected) {
        assertEquals(expected, Glob.of(pattern, BASE).matches(BASE.resolve(file)));
    }

    @ParameterizedTest
    @CsvSource({"*.md, /elsewhere/a.md"})
    void filesOutsideTheBaseNeverMatch(String pattern, String file) {
        assertEquals(false, Glob.of(pattern, BASE).matches(Path.of(file).toAbsolutePath()));
    }

    @ParameterizedTest
    @CsvSource({"'a[b'", "'{a,'"})
    void badPatternsSayWhy(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.of(pattern, BASE));
        assertEquals(true, e.getMessage().startsWith("invalid pattern '" + pattern + "'"));
    }
}
