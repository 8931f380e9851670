package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.text.Inflector;
import dev.slant.rules.PhrasePattern;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import dev.slant.text.WordForms;
import dev.slant.text.pattern.WordFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One matcher for the word patterns of all rules (phrase terms, claim markers,
 * exceptions): a trie over word ids. Every word of every
 * pattern gets an id (one per exact word, one per inflected base form), and every form
 * that should match it maps to that id, so inflections cost a map entry each rather than
 * a trie path each. Matching walks the trie from each word of a sentence; words may be
 * separated by white space or a possessive apostrophe, nothing else.
 */
final class PhraseMatcher {

    /** A match of one pattern: tokens {@code [firstToken, endToken)}. */
    record Match(int rule, int term, boolean exception, int firstToken, int endToken) {
    }

    private record Entry(int rule, int term, boolean exception) {
    }

    /** A trie node: its children by word id (open addressing on ints: no boxing per lookup). */
    private static final class Node {
        private int[] keys = NONE; // word id + 1; 0 marks a free slot
        private Node[] children;
        private int size;
        private long childBits; // idBit of each child's id: a word none of whose ids has its bit here continues nothing
        Entry[] entries = NO_ENTRIES; // the patterns that end here: an array, one load fewer per node than a list

        void addEntry(Entry entry) {
            if (!Arrays.asList(entries).contains(entry)) {
                entries = Arrays.copyOf(entries, entries.length + 1);
                entries[entries.length - 1] = entry;
            }
        }

        Node child(int id) {
            if (size == 0) {
                return null;
            }
            int mask = keys.length - 1;
            for (int slot = (id * 0x9E3779B9 >>> 16) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
                Work.step();
                if (keys[slot] == id + 1) {
                    return children[slot];
                }
            }
            return null;
        }

        Node childOrNew(int id) {
            Node known = child(id);
            if (known != null) {
                return known;
            }
            if ((size + 1) * 2 > keys.length) {
                int[] oldKeys = keys;
                Node[] oldChildren = children;
                keys = new int[Math.max(4, oldKeys.length * 2)];
                children = new Node[keys.length];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    Work.step();
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i] - 1, oldChildren[i]);
                    }
                }
            }
            Node node = new Node();
            put(id, node);
            return node;
        }

        private void put(int id, Node node) {
            int mask = keys.length - 1;
            int slot = (id * 0x9E3779B9 >>> 16) & mask;
            while (keys[slot] != 0) {
                Work.step();
                slot = (slot + 1) & mask;
            }
            keys[slot] = id + 1;
            children[slot] = node;
            childBits |= idBit(id);
            size++;
        }

        boolean isLeaf() {
            return size == 0;
        }
    }

    /**
     * One of 64 bits for a word id: a node's {@link Node#childBits} and a form's {@link
     * Known#idBits} share a bit only if the form may continue the node, so most words
     * after a phrase's first word are turned away with one test, not a search per id.
     */
    private static long idBit(int id) {
        return 1L << id; // (the shift takes the id's low six bits)
    }

    private static final int[] NONE = new int[0];
    private static final Entry[] NO_ENTRIES = new Entry[0];

    private final Map<String, int[]> formIds = new HashMap<>(1 << 14); // the shipped packs have some 7,000 forms
    private final Map<String, Integer> exactIds = new HashMap<>(1 << 12);
    private final Map<String, Integer> inflectedIds = new HashMap<>(1 << 12);
    private final Node root = new Node();
    private final WordFilter forms = new WordFilter(); // the keys of formIds, to turn most words away cheaply

    /** Builds the matcher; rule numbers are indexes into {@code rules}. */
    PhraseMatcher(List<Rule> rules) {
        for (int r = 0; r < rules.size(); r++) {
            Work.step();
            for (PhrasePattern p : rules.get(r).patterns()) {
                Work.step();
                add(p, r);
            }
        }
        for (String form : formIds.keySet()) {
            Work.step();
            forms.add(form);
        }
    }

    private void add(PhrasePattern pattern, int rule) {
        Node node = root;
        for (int i = 0; i < pattern.words().size(); i++) {
            Work.step();
            int id = idOf(pattern.words().get(i), pattern.inflected().get(i));
            node = node.childOrNew(id);
        }
        Entry entry = new Entry(rule, pattern.term(), pattern.exception());
        node.addEntry(entry);
    }

    private int idOf(String word, boolean inflected) {
        Map<String, Integer> keys = inflected ? inflectedIds : exactIds; // no key string built per word
        Integer known = keys.get(word);
        if (known != null) {
            return known;
        }
        int id = exactIds.size() + inflectedIds.size();
        keys.put(word, id);
        for (String form : inflected ? Inflector.forms(word) : List.of(word)) {
            Work.step();
            int[] ids = formIds.getOrDefault(form, NONE);
            int[] more = Arrays.copyOf(ids, ids.length + 1);
            more[ids.length] = id;
            formIds.put(form, more);
        }
        return id;
    }

    /**
     * What the matcher knows of one word form: the ids of the pattern words it matches,
     * and the trie nodes under the root those lead to, in id order (where matches that
     * start with the word go), so a word that starts nothing costs no search of the root;
     * and the {@link #idBit}s of its ids.
     */
    record Known(int[] ids, Node[] starts, long idBits) {
        /** True if some pattern starts with the word. */
        boolean startsAny() {
            return starts.length > 0;
        }
    }

    private static final Known UNKNOWN = new Known(NONE, new Node[0], 0);

    private Known known(String form) {
        int[] ids = idsOf(form);
        if (ids.length == 0) {
            return UNKNOWN;
        }
        List<Node> starts = new ArrayList<>(ids.length);
        long bits = 0;
        for (int id : ids) {
            Work.step();
            bits |= idBit(id);
            Node child = root.child(id);
            if (child != null) {
                starts.add(child);
            }
        }
        return new Known(ids, starts.toArray(new Node[0]), bits);
    }

    /** What this matcher knows of the document's forms, for {@link #match(Document, Sentence, WordMarks, FormCache)}. */
    FormCache<Known> lookup(Document doc) {
        return new FormCache<>(this::known, doc);
    }

    /**
     * All matches of all patterns in one sentence; {@code lookup} from {@link #lookup} of this
     * document, {@code marks} the document's words marked for this matcher (a match starts
     * at a word some phrase starts with, so only those {@link WordMarks#STARTS_PHRASE} are
     * read).
     */
    List<Match> match(Document doc, Sentence sentence, WordMarks marks, FormCache<Known> lookup) {
        List<Match> out = new ArrayList<>();
        for (int k = marks.start(sentence); k < marks.end(sentence); k++) {
            Work.step();
            int t = marks.token(k);
            if (marks.is(k, WordMarks.STARTS_PHRASE) && doc.tokenKind(t).isWordLike()) {
                for (Node child : lookup.at(doc, t).starts()) { // (most words start nothing)
                    Work.step();
                    follow(doc, sentence, lookup, child, t, t, out);
                }
            }
        }
        return out;
    }

    /** The matches that end at {@code node}, reached by word {@code at}, and those of the words after it. */
    private void follow(Document doc, Sentence s, FormCache<Known> lookup, Node node, int start, int at,
            List<Match> out) {
        for (Entry e : node.entries) {
            Work.step();
            out.add(new Match(e.rule(), e.term(), e.exception(), start, at + 1));
        }
        if (node.isLeaf()) {
            return; // most patterns are a word or two: no need to find the next word
        }
        int next = nextWord(doc, s, at + 1);
        Known word = next < 0 ? UNKNOWN : lookup.at(doc, next);
        if ((word.idBits() & node.childBits) != 0) {
            for (int id : word.ids()) {
                Work.step();
                Node child = node.child(id);
                if (child != null) {
                    follow(doc, s, lookup, child, start, next, out);
                }
            }
        }
    }

    /** The ids of the pattern words a form matches, with its possessive ending or without. */
    private int[] idsOf(String form) {
        if (!forms.mayHave(form) && WordForms.withoutPossessive(form) == null) {
            return NONE;
        }
        return FormCache.withBareForm(formIds, form);
    }

    /** The next word token, skipping white space and possessive apostrophes; -1 if none. */
    private static int nextWord(Document doc, Sentence s, int t) {
        while (t < s.endToken()) {
            Work.step();
            TokenKind k = doc.tokenKind(t);
            if (k.isWordLike()) {
                return t;
            }
            if (!k.isSpace() && k != TokenKind.APOSTROPHE) {
                return -1;
            }
            t++;
        }
        return -1;
    }
}
