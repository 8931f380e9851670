package dev.slant.rules;

import java.util.List;

/**
 * One entry of a phrase rule's term (or exception) list.
 *
 * @param text        the term as written ("meat grinder")
 * @param suggestions replacements for this term; empty means the rule's own
 * @param inflect     whether inflected forms of its words also match
 * @param origin      where the term is written
 */
public record Term(String text, List<String> suggestions, boolean inflect, Origin origin) {

    public Term {
        suggestions = List.copyOf(suggestions);
    }
}
