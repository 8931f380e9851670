package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsFilesAndRateThenErasesItself() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 3, 0, 0);
        p.accept(null);
        p.accept(null);
        p.accept(null);
        String s = err.toString();
        assertTrue(s.startsWith("\rslant: 1/3 files, "), s);
        assertTrue(s.contains("\rslant: 3/3 files, "), s);
        String drawn = s.substring(s.lastIndexOf("\rslant: 3/3") + 1, s.indexOf('\r', s.lastIndexOf("\rslant: 3/3") + 1));
        assertTrue(s.endsWith("\r" + " ".repeat(drawn.strip().length()) + "\r"), "the line is erased at the end: " + s);
    }

    @Test
    void shortRunsShowNothing() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 2, 60_000_000_000L, 0);
        p.accept(null);
        p.accept(null);
        assertEquals("", err.toString());
    }
}
