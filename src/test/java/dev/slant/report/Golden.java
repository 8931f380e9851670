package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a checked-in expected file. Run the tests with
 * {@code -Dslant.updateGolden=true} to rewrite the expected files instead, then review the
 * change with {@code git diff}.
 */
final class Golden {

    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        String normalised = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("slant.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(expected, normalised, "output differs from " + file
                + " (rerun with -Dslant.updateGolden=true to accept the change, then review git diff)");
    }
}
