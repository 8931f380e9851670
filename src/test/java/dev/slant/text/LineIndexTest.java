package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Positions count code points and treat \n, \r\n and \r as line ends. */
class LineIndexTest {

    @Test
    void positionsCountCodePoints() {
        String text = "😀 é x\nsecond";
        LineIndex index = new LineIndex(text);
        assertEquals(new Position(1, 1, 0), index.position(0));
        assertEquals(new Position(1, 3, 2), index.position(3)); // after the 2-unit emoji and a space
        assertEquals(new Position(1, 5, 4), index.position(text.indexOf('x')));
        assertEquals(new Position(2, 1, 6), index.position(text.indexOf('s')));
    }

    @Test
    void lineEndings() {
        String text = "a\r\nb\rc\nd";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals(new Position(2, 1, 3), index.position(3));
        assertEquals(new Position(3, 1, 5), index.position(5));
        assertEquals(new Position(4, 1, 7), index.position(7));
        assertEquals("b", index.lineText(2));
        assertEquals("d", index.lineText(4));
    }

    @Test
    void endOfTextIsAPosition() {
        LineIndex index = new LineIndex("ab");
        assertEquals(new Position(1, 3, 2), index.position(2));
    }
}
