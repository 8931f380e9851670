package dev.slant.engine;

import dev.slant.text.Document;
import java.util.function.Predicate;

/**
 * A yes-or-no question about word forms ("is it a number word?") answered once per
 * distinct form of one document ({@link Document#formIndex}) rather than once per token.
 * Tokens without a form are asked each time. Not thread-safe: one per document and thread.
 */
final class FormFlags {

    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Document doc;
    private final Predicate<String> question;
    private final byte[] answers; // by form index: 0 until asked

    FormFlags(Document doc, Predicate<String> question) {
        this.doc = doc;
        this.question = question;
        this.answers = new byte[doc.formIndexes()];
    }

    /** The answer for the form of token {@code t}. */
    boolean at(int t) {
        int form = doc.formIndex(t);
        if (form < 0) {
            return question.test(doc.form(t));
        }
        if (answers[form] == 0) {
            answers[form] = question.test(doc.form(t)) ? YES : NO;
        }
        return answers[form] == YES;
    }
}
