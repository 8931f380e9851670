package dev.slant.rules;

import dev.slant.text.pattern.WordClasses;

/** What the rules of one pack share: the pack's word classes for patterns. */
record PackContext(WordClasses classes) {
}
