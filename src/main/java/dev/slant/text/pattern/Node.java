package dev.slant.text.pattern;

import dev.slant.text.Work;
import java.util.List;
import java.util.Set;

/**
 * A compiled pattern element. {@link #match} tries to match at word position {@code pos}
 * and, for each way it matches, calls the continuation with the position after it; it
 * returns true as soon as a continuation does (backtracking search).
 */
sealed interface Node {

    /** Words too common to make a useful anchor. */
    Set<String> COMMON = Set.of("the", "a", "an", "this", "that", "these", "those", "of", "to", "in", "on", "and",
            "or", "is", "are", "was", "were", "be", "it", "for", "with", "as", "at", "by", "his", "her", "their");

    boolean match(Matcher m, int pos, Matcher.Continuation k);

    /**
     * Forms of which every match must contain at least one, or null when no such set is
     * known: a pattern is tried only in runs that hold one of its anchor forms.
     */
    default Set<String> anchor() {
        return null;
    }

    /**
     * Sets of forms of which every match must contain one word each: the {@link #anchor}
     * and those of the other required items of a sequence ("@be [~destroy]" needs a form
     * of "be" and one of "destroy"). Empty exactly when {@link #anchor} is null. Lets the
     * engine skip a pattern whose anchor is a common word when its rarer words are missing.
     */
    default List<Set<String>> anchors() {
        Set<String> a = anchor();
        return a == null ? List.of() : List.of(a);
    }

    /** True if the node may match without consuming a word. */
    default boolean optional() {
        return false;
    }

    /**
     * The forms of which the first word a match consumes must have one, or null when it
     * may be any word: a pattern need not be tried from a word that cannot start it.
     */
    default Set<String> first() {
        return null;
    }

    /**
     * The union of the nodes' {@link #first} words, or null if one may start with any word;
     * in a {@code sequence}, only up to the first node that must consume a word.
     */
    private static Set<String> firstOf(List<Node> nodes, boolean sequence) {
        Set<String> union = new java.util.HashSet<>();
        for (Node n : nodes) {
            Work.step();
            Set<String> f = n.first();
            if (f == null) {
                return null;
            }
            union.addAll(f);
            if (sequence && !n.optional()) {
                break;
            }
        }
        return Set.copyOf(union);
    }

    /** A test on one word. */
    sealed interface Word extends Node {

        boolean test(Matcher m, int pos);

        /** True if the run has a word at {@code pos} and it passes the test. */
        default boolean matchesAt(Matcher m, int pos) {
            return pos < m.length() && test(m, pos);
        }

        @Override
        default boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return matchesAt(m, pos) && k.at(pos + 1);
        }
    }

    /** One of a set of normalised forms, also through a possessive ("regime’s"). */
    record Forms(Set<String> forms, IdSet ids) implements Word {
        Forms(Set<String> forms) {
            this(forms, WordIds.of(forms));
        }

        public boolean test(Matcher m, int pos) {
            return m.has(ids, pos);
        }

        @Override
        public Set<String> anchor() {
            return forms;
        }

        @Override
        public Set<String> first() {
            return forms;
        }
    }

    /** Exactly this word, case included. */
    record Exact(String word) implements Word {
        public boolean test(Matcher m, int pos) {
            return m.exact(pos).equals(word);
        }

        @Override
        public Set<String> anchor() {
            return Set.of(dev.slant.text.WordForms.normalise(word));
        }
    }

    /** Any word. */
    record Any() implements Word {
        public boolean test(Matcher m, int pos) {
            return true;
        }
    }

    /** One word that does not match the test. */
    record Not(Word inner) implements Word {
        public boolean test(Matcher m, int pos) {
            return !inner.test(m, pos);
        }
    }

    /** The start of the run. */
    record Start() implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return pos == 0 && k.at(pos);
        }

        @Override
        public boolean optional() {
            return true;
        }

        @Override
        public Set<String> first() {
            return Set.of(); // consumes no word
        }
    }

    /** The end of the run. */
    record End() implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return pos == m.length() && k.at(pos);
        }

        @Override
        public boolean optional() {
            return true;
        }

        @Override
        public Set<String> first() {
            return Set.of(); // consumes no word
        }
    }

    /** Elements in order. */
    record Sequence(List<Node> items) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return matchFrom(0, m, pos, k);
        }

        private boolean matchFrom(int i, Matcher m, int pos, Matcher.Continuation k) {
            m.tick();
            if (i == items.size()) {
                return k.at(pos);
            }
            Node item = items.get(i);
            if (item instanceof Word) {
                // Word.match without a continuation object for each attempt
                return ((Word) item).matchesAt(m, pos) && matchFrom(i + 1, m, pos + 1, k);
            }
            return item.match(m, pos, new Rest(this, i + 1, m, k));
        }

        /**
         * The items from {@code i} on, after an item that is not a single word: a plain
         * object rather than a lambda, because the lambda made in this recursive method was
         * not inlined and each one went through a method handle (1.6% of the engine's time).
         */
        private record Rest(Sequence sequence, int i, Matcher m, Matcher.Continuation k)
                implements Matcher.Continuation {
            @Override
            public boolean at(int next) {
                return sequence.matchFrom(i, m, next, k);
            }
        }

        /**
         * The anchor of a required item: the first that has no very common word in it, else
         * the first at all ("the [_ regime]" is anchored on "regime", not "the").
         */
        @Override
        public Set<String> anchor() {
            Set<String> first = null;
            for (Node item : items) {
                Work.step();
                Set<String> a = item.optional() ? null : item.anchor();
                if (a != null && a.stream().noneMatch(COMMON::contains)) {
                    return a;
                }
                first = first == null ? a : first;
            }
            return first;
        }

        /** The anchors of all required items, the {@link #anchor} first. */
        @Override
        public List<Set<String>> anchors() {
            Set<String> primary = anchor();
            if (primary == null) {
                return List.of();
            }
            List<Set<String>> all = new java.util.ArrayList<>();
            all.add(primary);
            for (Node item : items) {
                Work.step();
                if (!item.optional()) {
                    for (Set<String> a : item.anchors()) {
                        Work.step();
                        if (!all.contains(a)) {
                            all.add(a);
                        }
                    }
                }
            }
            return List.copyOf(all);
        }

        @Override
        public boolean optional() {
            return items.stream().allMatch(Node::optional);
        }

        /** The first words of the items up to the first that must consume a word. */
        @Override
        public Set<String> first() {
            return firstOf(items, true);
        }
    }

    /** One of several alternatives, tried in order. */
    record Alternatives(List<Node> options) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            for (Node option : options) {
                Work.step();
                if (option.match(m, pos, k)) {
                    return true;
                }
            }
            return false;
        }

        /** The union of the options' anchors, if every option has one. */
        @Override
        public Set<String> anchor() {
            Set<String> union = new java.util.HashSet<>();
            for (Node option : options) {
                Work.step();
                Set<String> a = option.optional() ? null : option.anchor();
                if (a == null) {
                    return null;
                }
                union.addAll(a);
            }
            return Set.copyOf(union);
        }

        @Override
        public boolean optional() {
            return options.stream().anyMatch(Node::optional);
        }

        @Override
        public Set<String> first() {
            return firstOf(options, false);
        }
    }

    /** {@code min} to {@code max} repetitions, greedy. */
    record Repeat(Node inner, int min, int max) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return times(0, m, pos, k);
        }

        private boolean times(int count, Matcher m, int pos, Matcher.Continuation k) {
            m.tick();
            if (count < max && inner.match(m, pos, next -> next > pos && times(count + 1, m, next, k))) {
                return true;
            }
            return count >= min && k.at(pos);
        }

        @Override
        public Set<String> anchor() {
            return min > 0 ? inner.anchor() : null;
        }

        @Override
        public List<Set<String>> anchors() {
            return min > 0 ? inner.anchors() : List.of();
        }

        @Override
        public boolean optional() {
            return min == 0 || inner.optional();
        }

        @Override
        public Set<String> first() {
            return inner.first();
        }
    }

    /** The reported part of the match. */
    record Report(Node inner) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            int savedStart = m.reportStart;
            int savedEnd = m.reportEnd;
            m.reportStart = pos;
            boolean ok = inner.match(m, pos, end -> {
                int before = m.reportEnd;
                m.reportEnd = end;
                if (k.at(end)) {
                    return true;
                }
                m.reportEnd = before;
                return false;
            });
            if (!ok) {
                m.reportStart = savedStart;
                m.reportEnd = savedEnd;
            }
            return ok;
        }

        @Override
        public Set<String> anchor() {
            return inner.anchor();
        }

        @Override
        public List<Set<String>> anchors() {
            return inner.anchors();
        }

        @Override
        public boolean optional() {
            return inner.optional();
        }

        @Override
        public Set<String> first() {
            return inner.first();
        }
    }
}
