package dev.slant.rules;

import java.util.List;

/**
 * The rules of one rule file.
 *
 * @param name        the pack's name (its file name without extension, unless it sets one)
 * @param file        where it was read from, as shown in messages
 * @param description what the pack covers, or null
 * @param rules       its rules, in file order
 * @param contexts    its changes to the rules for kinds of copy (front matter)
 */
public record RulePack(String name, String file, String description, List<Rule> rules, List<Context> contexts) {

    public RulePack {
        rules = List.copyOf(rules);
        contexts = List.copyOf(contexts);
    }
}
