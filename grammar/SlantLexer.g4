/*
 * SlantLexer: turns news copy into tokens and does nothing else.
 *
 * Contract (tested by LexerPropertiesTest):
 *   - every input tokenises: the last rule (OTHER) matches any single code point, so the
 *     lexer never reports an error;
 *   - tokens are contiguous and cover the input exactly (whitespace and line breaks are
 *     tokens too, on the hidden channel).
 *
 * Rule order matters only for ties: ANTLR takes the longest match, and among matches of
 * the same length the rule listed first. So specific rules come before general ones.
 *
 * A straight single quote (') and a right single curly quote (’) are both quote marks and
 * apostrophes in English. Inside a word they are part of the WORD ("don't", "Moscow’s");
 * elsewhere the lexer emits SQUOTE / RSQUO and the text layer decides, from context,
 * whether the mark is an apostrophe ("the soldiers’ families") or a quotation mark.
 */
lexer grammar SlantLexer;

// ---------------------------------------------------------------- links and handles
URL             : ( [hH] [tT] [tT] [pP] [sS]? '://' | [wW] [wW] [wW] '.' ) URL_CHAR* URL_END ;
EMAIL           : EMAIL_LOCAL '@' DOMAIN_LABEL ( '.' DOMAIN_LABEL )+ ;
HANDLE          : '@' HANDLE_CHAR+ ;
HASHTAG         : '#' HANDLE_CHAR+ ;

// ---------------------------------------------------------------- numbers and words
// As news writes them: 12,000  3.9%  $1.9  7-2  2019  1990s  ’90s  21st  -  but not "F-35".
NUMBER          : CURRENCY? DIGIT+ ( ',' DIGIT DIGIT DIGIT )* ( '.' DIGIT+ )? NUMBER_SUFFIX?
                | DIGIT+ ( '-' DIGIT+ )+
                | APOS DIGIT DIGIT [sS]?
                ;
// Letter-dot sequences: U.S.  U.K.  a.m.  e.g.  (single initials such as "F." stay WORD + '.')
INITIALISM      : LETTER '.' ( LETTER '.' )+ ;
// Unicode letters and digits, with internal apostrophes and hyphens: flag-draped, Moscow’s, don't.
WORD            : ALNUM* LETTER ALNUM* ( ( APOS | HYPHEN ) ALNUM+ )* ;

// ---------------------------------------------------------------- quotation marks
DQUOTE          : '"' | '\'\'' ;                          // straight double, or '' as in some wire copy
LDQUO           : '\u201C' | '\u00AB' | '``' ;            // “ « ``
RDQUO           : '\u201D' | '\u00BB' ;                   // ” »
SQUOTE          : '\'' ;                                  // straight single (or apostrophe)
LSQUO           : '\u2018' ;                              // ‘
RSQUO           : '\u2019' ;                              // ’ (or apostrophe)

// ---------------------------------------------------------------- punctuation
DASH            : '\u2014' | '\u2013' | '\u2015' | '--' ;  // — – ― --
ELLIPSIS        : '\u2026' | '...' | '. . .' ;            // … ...
TERMINAL        : '.' | [!?]+ ;                           // sentence punctuation
PUNCT           : [\p{P}\p{S}] ;                          // any other punctuation or symbol

// ---------------------------------------------------------------- layout
PARAGRAPH_BREAK : NL ( HSPACE* NL )+ | '\u2029' ;         // a blank line (or U+2029)
NEWLINE         : NL -> channel(HIDDEN) ;
SPACE           : HSPACE+ -> channel(HIDDEN) ;

// ---------------------------------------------------------------- catch-all
OTHER           : . ;                                     // any other code point: never an error

// ---------------------------------------------------------------- fragments
fragment LETTER        : [\p{L}\p{M}] ;
fragment DIGIT         : [\p{Nd}] ;
fragment ALNUM         : LETTER | DIGIT ;
fragment APOS          : '\'' | '\u2019' ;
fragment HYPHEN        : '-' | '\u2010' | '\u2011' ;
fragment CURRENCY      : [$\u00A3\u20AC\u00A5] ;          // $ £ € ¥
fragment NUMBER_SUFFIX : '%' | [sS] | 'st' | 'nd' | 'rd' | 'th' ;
fragment NL            : '\r\n' | '\n' | '\r' | '\u2028' ;
fragment HSPACE        : [ \t\f\u000B\p{Zs}] ;
fragment URL_CHAR      : ~[ \t\r\n\f\u000B\p{Zs}"'<>\u201C\u201D\u2018\u2019()[\]{}|\\^`] ;
fragment URL_END       : ~[ \t\r\n\f\u000B\p{Zs}"'<>\u201C\u201D\u2018\u2019()[\]{}|\\^`.,;:!?] ;
// An address's local part has at most 64 characters (RFC 5321), and the bound matters: with an
// unbounded part, a long run of these characters that ends in "@" but is no address ("ab.ab.…ab@")
// made the lexer read to the "@" again from every token of the run, quadratic time. Written as
// nested options because ANTLR has no bounded repetition; LinearWorkTest counts the lexer's reads.
fragment EMAIL_LOCAL   : LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR (LOCAL_CHAR)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)? ;
fragment LOCAL_CHAR    : [\p{L}\p{Nd}._%+-] ;
fragment DOMAIN_LABEL  : [\p{L}\p{Nd}] [\p{L}\p{Nd}-]* ;
fragment HANDLE_CHAR   : [\p{L}\p{Nd}_] ;
