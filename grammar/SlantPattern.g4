/*
 * SlantPattern: the syntax of the `pattern` rule kind, a regular expression over the
 * words of a sentence (docs/rules.md, "Kind pattern").
 *
 *   regime                 the word, exactly (case-insensitive)
 *   ~slam                  the word and its inflected forms (slams, slammed, slamming)
 *   "Regime"               the word with exactly this case
 *   @person                any word of a word class (defined in the pack or built in)
 *   _                      any word
 *   !@person  !of          one word that does not match
 *   ^  $                   the start or end of a run of words (punctuation ends a run)
 *   ( a | b c )            alternatives
 *   [ ... ]                the part that is reported; the rest is context before and after
 *   x?  x*  x+  x{1,3}     optional and repeated elements
 *
 * Example: "an intensifier before a person or group noun" is  [@intensifier] (@person | @group)
 */
grammar SlantPattern;

pattern       : alternatives EOF ;
alternatives  : sequence ( '|' sequence )* ;
sequence      : element+ ;
element       : atom quantifier? ;

atom          : WORD                          # literal
              | INT                           # number
              | LEMMA                         # lemma
              | EXACT                         # exact
              | CLASS                         # wordClass
              | '_'                           # any
              | '^'                           # runStart
              | '$'                           # runEnd
              | '!' atom                      # not
              | '(' alternatives ')'          # group
              | '[' alternatives ']'          # report
              ;

quantifier    : '?'                           # optional
              | '*'                           # zeroOrMore
              | '+'                           # oneOrMore
              | '{' INT ( ',' INT? )? '}'     # counted
              ;

LEMMA         : '~' WORD_CHARS ;
CLASS         : '@' [a-z] [a-z0-9-]* ;
EXACT         : '"' ~["\r\n]+ '"' ;
INT           : [0-9]+ ;
WORD          : WORD_CHARS ;
WS            : [ \t\r\n]+ -> skip ;

fragment WORD_CHARS : [\p{L}\p{Nd}] ( [\p{L}\p{M}\p{Nd}'\u2019.-]* [\p{L}\p{M}\p{Nd}.] )? ;
