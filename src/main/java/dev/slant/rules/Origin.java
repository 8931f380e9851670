package dev.slant.rules;

/** Where something was defined: a rule file and a 1-based line in it. */
public record Origin(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
