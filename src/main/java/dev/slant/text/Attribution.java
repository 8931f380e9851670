package dev.slant.text;

/**
 * An attribution relation: the cue that attributes ("said", "according to"), the source
 * it names, if any ("the ministry", "he"), and the content attributed (a clause or a
 * quotation), in UTF-16 offsets.
 *
 * @param sentence the index of the sentence that holds the cue
 * @param cue      the cue words
 * @param source   the source, or null when none is named ("it was reported", "reportedly")
 * @param content  what is attributed, or null when it could not be delimited
 * @param carried  true when the source is a pronoun or back-reference ("He added",
 *                 "The report also found") continuing an earlier attribution in the paragraph
 * @param belief   true when the cue attributes a belief, wish or expectation ("voters
 *                 believe", "in her view") rather than a statement or a finding
 */
public record Attribution(int sentence, Span cue, Span source, Span content, boolean carried, boolean belief) {
}
