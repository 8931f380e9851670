package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever slant is pointed at, it keeps working, says what it skipped, and never prints a
 * stack trace. Exit codes: skipped drafts and replaced bytes are warnings (0 or 1 by the
 * findings) unless --strict (2); unreadable drafts and --encoding-errors fail are 2.
 */
class InputsRobustnessTest {

    static final String[] PACK = CliTest.PACK;

    @TempDir
    Path dir;

    private Path bytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private CliTest.Run lint(String... args) {
        return run(CliTest.with(CliTest.with(new String[] {"lint", "--no-config"}, PACK), args));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void invalidUtf8IsReplacedWithAWarningNamingTheByte() throws IOException {
        Path bad = bytes("bad.txt", concat("The diminutive ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28, ' ', 'm', 'a', 'y', 'o', 'r', '.', '\n'}));
        CliTest.Run r = lint(bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("bad.txt:1:5: warning [test.descriptor]"), r.out());
        assertEquals("slant: warning: '" + bad + "': invalid UTF-8 at byte 15; such bytes read as U+FFFD "
                + "(--encoding-errors replace)\n", r.err());
        assertEquals(2, lint("--strict", bad.toString()).code());
        CliTest.Run skip = lint("--encoding-errors", "skip", bad.toString());
        assertEquals(0, skip.code());
        assertTrue(skip.err().contains("invalid UTF-8 at byte 15; skipped"), skip.err());
        CliTest.Run fail = lint("--encoding-errors", "fail", bad.toString());
        assertEquals(2, fail.code());
        assertTrue(fail.err().startsWith("slant: cannot read '" + bad + "': invalid UTF-8 at byte 15"), fail.err());
    }

    @Test
    void byteOrderMarksAreReadAndPositionsStayExact() throws IOException {
        String text = "A notorious aide.\n";
        Path utf8 = bytes("bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        Path le = bytes("bom16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = bytes("bom16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        for (Path p : new Path[] {utf8, le, be}) {
            CliTest.Run r = lint(p.toString());
            assertTrue(r.out().startsWith(p + ":1:3: warning [test.descriptor] \"notorious\""), p + ": " + r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void crlfAndLoneCrLineEndingsKeepPositionsExact() throws IOException {
        Path crlf = bytes("crlf.txt", "First line.\r\nThe diminutive mayor.\r\n".getBytes(StandardCharsets.UTF_8));
        Path cr = bytes("cr.txt", "First line.\rSecond.\rThe diminutive mayor.\r".getBytes(StandardCharsets.UTF_8));
        assertTrue(lint(crlf.toString()).out().startsWith(crlf + ":2:5: warning"));
        assertTrue(lint(cr.toString()).out().startsWith(cr + ":3:5: warning"));
    }

    @Test
    void binaryFilesAreSkippedWithAWarning() throws IOException {
        Path bin = bytes("photo.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3});
        Path ok = bytes("ok.txt", "The mayor spoke.\n".getBytes(StandardCharsets.UTF_8));
        CliTest.Run r = lint(bin.toString(), ok.toString());
        assertEquals(0, r.code(), "a skipped file does not change the exit code");
        assertEquals("slant: warning: '" + bin + "': not text (a NUL byte at byte 6); skipped\n", r.err());
        assertEquals(2, lint("--strict", bin.toString()).code());
        assertEquals(0, run("analyze", bin.toString()).code());
    }

    @Test
    void emptyAndDegenerateFilesWork() throws IOException {
        bytes("empty.txt", new byte[0]);
        bytes("quotes.txt", "\"".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        bytes("nested.txt", ("“‘“‘“‘ " + "the diminutive “‘“ ".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        bytes("word.txt", "a".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        bytes("line.txt", "The diminutive mayor spoke and ".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        CliTest.Run r = lint("--format", "json", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("\"files\" : 5") || r.out().replace(" ", "").contains("\"files\":5"), r.out()
                .substring(Math.max(0, r.out().length() - 400)));
    }

    @Test
    void symlinkLoopsAndOddPathsAreWalkedSafely() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Dossier spécial/sub"));
        Files.writeString(folder.resolve("café notes.txt"), "The diminutive mayor.\n");
        try {
            Files.createSymbolicLink(folder.resolve("loop"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        CliTest.Run r = lint(dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("Dossier spécial/sub/café notes.txt:1:5: warning"), r.out());
        assertTrue(r.out().contains("in 1 file"), "the loop is not followed: " + r.out());
    }

    @Test
    void unreadableFilesAreReportedAndTheOthersChecked() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "The diminutive mayor.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(secret), "running as a user who can read anything (root)");
        Path ok = Files.writeString(dir.resolve("ok.txt"), "The notorious aide.\n");
        CliTest.Run r = lint(secret.toString(), ok.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read '" + secret + "': permission denied"), r.err());
        assertTrue(r.out().contains("ok.txt:1:5"), r.out());
    }
}
