package dev.slant.text;

/** An attribution cue found by {@link CueFinder}: tokens {@code [first, end)} of one type. */
record Cue(Type type, int first, int end) {

    /** The kinds of cue, which differ in where the source and content lie. */
    enum Type {
        /** A verb of saying or finding; source before it (or after, trailing). */
        VERB,
        /** A verb or phrase of belief; like VERB, marked as a belief. */
        BELIEF,
        /** "according to", "citing": the source follows. */
        SOURCE_AFTER,
        /** A phrase cue such as "declined to comment"; like VERB. */
        PLAIN,
        /** "reportedly": no source; the content is the sentence. */
        ADVERB,
        /** A colon or dash that introduces a speaker's words. */
        COLON
    }
}
