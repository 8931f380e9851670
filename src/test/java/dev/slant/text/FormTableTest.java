package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The form table gives one id per distinct lowered word, in order of first use, and that
 * word as its form: for short words, whose key is the word itself, and long ones, whose key
 * is a hash, with any ASCII character (NUL included) and words that differ only in case.
 */
class FormTableTest {

    @Property(tries = 300)
    void idsAreTheDistinctLoweredWordsInOrder(@ForAll("words") List<String> words) {
        FormTable table = new FormTable();
        Map<String, Integer> expected = new HashMap<>();
        for (String w : words) {
            String form = w.toLowerCase(Locale.ROOT);
            int id = expected.computeIfAbsent(form, f -> expected.size());
            char[] chars = ("<" + w + ">").toCharArray();
            assertEquals(id, table.id(chars, 1, chars.length - 1), w);
            assertEquals(form, table.form(id));
        }
        assertEquals(expected.size(), table.size());
    }

    /** The lexer's word loop keys letters and digits with {@link FormTable#nextAlnum}: the same keys. */
    @Property(tries = 200)
    void alnumKeysAreTheKeys(@ForAll("alnums") String word) {
        long k = 0;
        long alnum = 0;
        for (char c : word.toCharArray()) {
            k = FormTable.next(k, c);
            alnum = FormTable.nextAlnum(alnum, c);
        }
        assertEquals(k, alnum, word);
    }

    @Provide
    Arbitrary<String> alnums() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<List<String>> words() {
        Arbitrary<String> few = Arbitraries.strings().withChars("aAbB\u0000\u007f'-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> any = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(few, any).list().ofMaxSize(3000);
    }
}
