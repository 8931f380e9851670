package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slant fix changes exactly the safe spans, never quotations, and a second run changes nothing. */
class FixCommandTest {

    static final String DRAFT = String.join("\n",
            "# Council fight",
            "",
            "The mayor Claimed the budget was balanced, and the senator BLASTED the plan.",
            "\"I never claimed that,\" she said. Critics insisted the plan was slamming families.",
            "",
            "The aide claims victory, and the union **blasted** it again.",
            "");

    static final String FIXED = String.join("\n",
            "# Council fight",
            "",
            "The mayor Said the budget was balanced, and the senator CRITICIZED the plan.",
            "\"I never claimed that,\" she said. Critics said the plan was criticizing families.",
            "",
            "The aide claims victory, and the union **criticized** it again.",
            "");

    @TempDir
    Path dir;

    @Test
    void fixesExactlyTheSafeSpansAndASecondRunIsANoOp() throws Exception {
        Path draft = CliTest.writeFile(dir, "story.md", DRAFT);
        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-r-----"));
        CliTest.Run r = run("fix", "--no-config", draft.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("fixed 5 words in " + draft + "\nfixed 5 words in 1 file\n", r.out());
        assertEquals(FIXED, Files.readString(draft));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(draft)));
        byte[] once = Files.readAllBytes(draft);
        CliTest.Run again = run("fix", "--no-config", draft.toString());
        assertEquals("nothing to fix\n", again.out());
        assertArrayEquals(once, Files.readAllBytes(draft));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void quotationsStayByteIdentical() throws Exception {
        Path draft = CliTest.writeFile(dir, "story.txt", DRAFT);
        run("fix", "--no-config", draft.toString());
        String quote = "\"I never claimed that,\"";
        assertTrue(Files.readString(draft).contains(quote));
        String[] lines = Files.readString(draft).split("\n");
        assertTrue(lines[3].startsWith(quote));
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndChangesNothing() throws Exception {
        Path draft = CliTest.writeFile(dir, "story.md", DRAFT);
        CliTest.Run r = run("fix", "--no-config", "--dry-run", draft.toString());
        assertEquals(1, r.code(), "something to fix");
        String name = draft.toString();
        assertEquals(String.join("\n",
                "--- a" + name,
                "+++ b" + name,
                "@@ -1,7 +1,7 @@",
                " # Council fight",
                " ",
                "-The mayor Claimed the budget was balanced, and the senator BLASTED the plan.",
                "-\"I never claimed that,\" she said. Critics insisted the plan was slamming families.",
                "+The mayor Said the budget was balanced, and the senator CRITICIZED the plan.",
                "+\"I never claimed that,\" she said. Critics said the plan was criticizing families.",
                " ",
                "-The aide claims victory, and the union **blasted** it again.",
                "+The aide claims victory, and the union **criticized** it again.",
                " ",
                ""), r.out());
        assertEquals(DRAFT, Files.readString(draft));
        assertEquals(0, run("fix", "--no-config", "--dry-run", CliTest.writeFile(dir, "clean.txt",
                "The mayor said the plan works.\n").toString()).code());
    }

    @Test
    void aByteOrderMarkIsKeptAndOtherEncodingsAreNotRewritten() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = dir.resolve("bom.txt");
        byte[] text = "The senator blasted the plan.\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(text, 0, content, 3, text.length);
        Files.write(withBom, content);
        run("fix", "--no-config", withBom.toString());
        byte[] after = Files.readAllBytes(withBom);
        assertArrayEquals(bom, java.util.Arrays.copyOf(after, 3));
        assertEquals("The senator criticized the plan.\n", new String(after, 3, after.length - 3, StandardCharsets.UTF_8));

        Path latin1 = dir.resolve("latin1.txt");
        byte[] bad = "The senator blasted the caf\u00e9 plan.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(latin1, bad);
        CliTest.Run r = run("fix", "--no-config", latin1.toString());
        assertTrue(r.err().contains("not fixed: it is not plain UTF-8 text"), r.err());
        assertArrayEquals(bad, Files.readAllBytes(latin1));
    }
}
