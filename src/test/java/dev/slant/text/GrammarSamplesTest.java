package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample inputs kept by the grammar (grammar/samples) lex without catch-all tokens. */
class GrammarSamplesTest {

    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("grammar/samples"))) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void lexesWithoutCatchAllTokens(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        List<Token> tokens = Tokenizer.tokenize(text);
        LexerPropertiesTest.assertCovers(text, tokens);
        for (Token t : tokens) {
            assertFalse(t.kind() == TokenKind.OTHER, "catch-all token '" + t.text(text) + "' at " + t.start());
        }
        assertEquals(tokens.size(), Document.parse(text).tokens().size());
    }
}
