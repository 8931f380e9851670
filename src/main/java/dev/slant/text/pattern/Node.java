package dev.slant.text.pattern;

import java.util.List;
import java.util.Set;

/**
 * A compiled pattern element. {@link #match} tries to match at word position {@code pos}
 * and, for each way it matches, calls the continuation with the position after it; it
 * returns true as soon as a continuation does (backtracking search).
 */
sealed interface Node {

    boolean match(Matcher m, int pos, Matcher.Continuation k);

    /** A test on one word. */
    sealed interface Word extends Node {

        boolean test(Matcher m, int pos);

        @Override
        default boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return pos < m.length() && test(m, pos) && k.at(pos + 1);
        }
    }

    /** One of a set of normalised forms, also through a possessive ("regime’s"). */
    record Forms(Set<String> forms) implements Word {
        public boolean test(Matcher m, int pos) {
            String bare = m.bare(pos);
            return forms.contains(m.form(pos)) || (bare != null && forms.contains(bare));
        }
    }

    /** Exactly this word, case included. */
    record Exact(String word) implements Word {
        public boolean test(Matcher m, int pos) {
            return m.exact(pos).equals(word);
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
    }

    /** The end of the run. */
    record End() implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return pos == m.length() && k.at(pos);
        }
    }

    /** Elements in order. */
    record Sequence(List<Node> items) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return matchFrom(0, m, pos, k);
        }

        private boolean matchFrom(int i, Matcher m, int pos, Matcher.Continuation k) {
            if (i == items.size()) {
                return k.at(pos);
            }
            return items.get(i).match(m, pos, next -> matchFrom(i + 1, m, next, k));
        }
    }

    /** One of several alternatives, tried in order. */
    record Alternatives(List<Node> options) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            for (Node option : options) {
                if (option.match(m, pos, k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code min} to {@code max} repetitions, greedy. */
    record Repeat(Node inner, int min, int max) implements Node {
        public boolean match(Matcher m, int pos, Matcher.Continuation k) {
            return times(0, m, pos, k);
        }

        private boolean times(int count, Matcher m, int pos, Matcher.Continuation k) {
            if (count < max && inner.match(m, pos, next -> next > pos && times(count + 1, m, next, k))) {
                return true;
            }
            return count >= min && k.at(pos);
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
    }
}
