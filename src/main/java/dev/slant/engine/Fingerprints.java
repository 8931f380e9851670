package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fingerprints that identify a finding without its line number, so that a baseline or a
 * code-scanning service still recognises it after edits elsewhere in the draft: a hash of
 * the rule id, the matched words (lower case, white space collapsed), a hash of the
 * sentence they are in, and the finding's index among the findings with those three in
 * the draft. Editing the sentence itself makes its findings new.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The findings, each with its fingerprint. */
    static List<Finding> assign(Document doc, List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, String> sentenceHashes = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        MessageDigest sha = sha256(); // one per draft: looking the algorithm up costs more than a hash
        for (Finding f : findings) {
            Work.step();
            int sentence = f.category().equals(Suppressions.CATEGORY) ? -1 : sentenceIndex(doc, f);
            String words = normalise(f.text());
            String context = sentence < 0 ? words
                    : sentenceHashes.computeIfAbsent(sentence, i -> hash(sha, sentenceText(doc, i)));
            String key = new StringBuilder(f.rule().length() + words.length() + context.length() + 2)
                    .append(f.rule()).append('\u0000').append(words).append('\u0000').append(context).toString();
            int index = seen.merge(key, 1, Integer::sum) - 1;
            String indexed = new StringBuilder(key.length() + 8).append(key).append('\u0000').append(index).toString();
            out.add(f.withFingerprint(hash(sha, indexed).substring(0, 32)));
        }
        return out;
    }

    /** The index of the sentence holding the finding's start, or -1. */
    private static int sentenceIndex(Document doc, Finding f) {
        int at = f.span().start();
        int lo = 0;
        int hi = doc.sentences().size() - 1;
        while (lo <= hi) {
            Work.step();
            int mid = (lo + hi) >>> 1;
            Sentence s = doc.sentences().get(mid);
            if (at < s.span().start()) {
                hi = mid - 1;
            } else if (at >= s.span().end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static String sentenceText(Document doc, int index) {
        Sentence s = doc.sentences().get(index);
        return normalise(doc.text().substring(s.span().start(), s.span().end()));
    }

    /** Lower case, with runs of white space as one space and none at the ends. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            Work.step();
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static String hash(String s) {
        return hash(sha256(), s);
    }

    private static String hash(MessageDigest sha, String s) {
        return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
