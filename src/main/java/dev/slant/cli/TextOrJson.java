package dev.slant.cli;

/** The --format choices of the commands that print text or JSON only (analyze, eval). */
enum TextOrJson {
    text, json
}
