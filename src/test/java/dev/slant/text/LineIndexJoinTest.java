package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An index joined from the indexes of a text's parts is the index of the whole text. */
class LineIndexJoinTest {

    @Test
    void joinedPartsIndexLikeTheWhole() {
        String[] parts = {"First line\r\nsecond 😀 line\n\n", "\n“Third” — 𝔸 line\rfourth\r\n\n", "😀 at the start\n",
            "last 😀, no break"};
        for (int last = 1; last <= parts.length; last++) {
            StringBuilder sb = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<LineIndex> indexes = new ArrayList<>();
            for (int p = 0; p < last; p++) {
                starts.add(sb.length());
                indexes.add(new LineIndex(parts[p]));
                sb.append(parts[p]);
            }
            String text = sb.toString();
            LineIndex whole = new LineIndex(text);
            LineIndex joined = LineIndex.join(text, indexes, starts);
            assertEquals(whole.lineCount(), joined.lineCount());
            for (int i = 0; i <= text.length(); i++) {
                if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
                    continue;
                }
                assertEquals(whole.position(i), joined.position(i), "offset " + i + " of " + last + " parts");
            }
            for (int line = 1; line <= whole.lineCount(); line++) {
                assertEquals(whole.lineStart(line), joined.lineStart(line));
                assertEquals(whole.lineEnd(line), joined.lineEnd(line));
            }
        }
    }

    @Test
    void aPartThatDoesNotStartALineIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LineIndex.join("ab\ncd", List.of(new LineIndex("a"), new LineIndex("b\ncd")), List.of(0, 1)));
    }
}
