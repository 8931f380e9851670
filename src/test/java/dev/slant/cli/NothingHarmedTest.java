package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slant never writes to a draft: every command leaves the drafts byte for byte, times and permissions as they were. */
class NothingHarmedTest {

    @TempDir
    Path dir;

    @Test
    void checkingLeavesDraftsUntouched() throws Exception {
        Path draft = CliTest.writeFile(dir, "story.md", "# The diminutive mayor\n\nCritics say it is bizarre.\n");
        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("r--r-----"));
        FileTime modified = Files.getLastModifiedTime(draft);
        byte[] before = Files.readAllBytes(draft);
        String[][] runs = {
            {"lint", draft.toString()},
            {"lint", "-f", "sarif", "-o", dir.resolve("out.sarif").toString(), draft.toString()},
            {"lint", "--write-baseline", dir.resolve("b.json").toString(), draft.toString()},
            {"lint", "--baseline", dir.resolve("b.json").toString(), "--prune-baseline", draft.toString()},
            {"analyze", draft.toString()},
        };
        for (String[] args : runs) {
            run(args);
            assertArrayEquals(before, Files.readAllBytes(draft), String.join(" ", args));
            assertEquals(modified, Files.getLastModifiedTime(draft));
            assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(draft)));
        }
    }

    @Test
    void reportsAndBaselinesAreNeverWrittenOverADraft() throws Exception {
        Path draft = CliTest.writeFile(dir, "story.txt", "The diminutive mayor.\n");
        byte[] before = Files.readAllBytes(draft);
        for (String[] args : new String[][] {
            {"lint", "-o", draft.toString(), draft.toString()},
            {"lint", "--step-summary", draft.toString(), draft.toString()},
            {"lint", "--write-baseline", draft.toString(), draft.toString()},
            {"lint", "-o", dir.resolve("./story.txt").toString(), dir.toString()},
        }) {
            CliTest.Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("refusing to write to") && r.err().contains("one of the drafts being checked"),
                    r.err());
            assertArrayEquals(before, Files.readAllBytes(draft));
        }
    }
}
