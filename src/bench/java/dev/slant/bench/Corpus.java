package dev.slant.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates news-like text for the benchmark: paragraphs of sentences in the writer's
 * voice, attributed ("…, the minister said", "According to …"), and quoted (straight and
 * curly marks), with figures as news writes them (12,000 · 3.9% · $1.9 billion · 7-2 ·
 * 1990s), names with non-ASCII letters, a varied vocabulary (made-up words beside common
 * ones) and, now and then, a loaded word the shipped packs flag. Deterministic for a seed.
 * Written for slant; no outside text.
 *
 * <p>Usage: {@code Corpus DIR} writes article-5k.txt, corpus-1m.txt, corpus-10m.txt,
 * corpus-100m.txt and a folder many/ of 10,000 articles of 5 KB (only what is missing).
 */
public final class Corpus {

    private static final String[] FIRST = {"Ana", "Zoë", "Jürgen", "Łucja", "Mehmet", "Søren", "Chloé", "Ngozi",
        "Tomás", "Aiko", "Ravi", "Olga", "Kofi", "Inés", "Björn", "Mei"};
    private static final String[] LAST = {"Ruiz", "Müller", "Kowalczyk", "Yılmaz", "Håkansson", "Dubois", "Okafor",
        "García", "Tanaka", "Iyer", "Petrova", "Mensah", "Fernández", "Ólafsson", "Chen", "Novák"};
    private static final String[] TITLE = {"Mayor", "Sen.", "Gov.", "Dr.", "Finance Minister", "Police Chief",
        "Rep.", "Judge", "Council member", "Gen."};
    private static final String[] ORG = {"the ministry", "the city council", "the agency", "police", "the court",
        "the central bank", "the union", "the company", "the health board", "São Paulo officials"};
    private static final String[] NOUN = {"budget", "plan", "vote", "report", "bridge", "contract", "election",
        "school", "hospital", "tax", "road", "strike", "verdict", "storm", "harbour", "rail line", "program",
        "deficit", "inquiry", "ceasefire", "festival", "market", "shelter", "pension"};
    private static final String[] VERB = {"approved", "delayed", "rejected", "reviewed", "funded", "opened",
        "closed", "cut", "expanded", "announced", "postponed", "challenged", "signed", "debated", "published"};
    private static final String[] PLACE = {"on Friday", "last week", "in March", "after the meeting",
        "in Łódź", "near the harbour", "in the 1990s", "since 2019", "at 9 a.m.", "in the north"};
    private static final String[] LOADED = {"bizarre", "slammed", "so-called", "notorious", "draconian",
        "spending spree", "touted", "shockingly", "regime", "bloodbath", "admitted", "world-class"};
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tin", "ve", "dra", "sol", "an", "quo", "ri",
        "bel", "ton", "gu", "ste", "mar", "ix", "pel", "do", "har", "vin"};

    private final Random random;

    Corpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        write(dir.resolve("article-5k.txt"), 5_000, 1);
        write(dir.resolve("corpus-1m.txt"), 1_000_000, 2);
        write(dir.resolve("corpus-10m.txt"), 10_000_000, 3);
        write(dir.resolve("corpus-100m.txt"), 100_000_000, 4);
        Path many = dir.resolve("many");
        if (!Files.isDirectory(many)) {
            Path tmp = dir.resolve("many.tmp");
            Files.createDirectories(tmp);
            for (int i = 0; i < 10_000; i++) {
                write(tmp.resolve(String.format("article-%05d.txt", i)), 5_000, 1_000 + i);
            }
            Files.move(tmp, many);
        }
    }

    /** Writes about {@code bytes} bytes of text to the file, unless it exists. */
    static void write(Path file, long bytes, long seed) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Corpus c = new Corpus(seed);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String p = c.paragraph() + "\n\n";
                w.write(p);
                written += p.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Files.move(tmp, file);
    }

    /** The text of about {@code chars} characters, in memory. */
    public static String text(int chars, long seed) {
        Corpus c = new Corpus(seed);
        StringBuilder sb = new StringBuilder(chars + 2_000);
        while (sb.length() < chars) {
            sb.append(c.paragraph()).append("\n\n");
        }
        return sb.toString();
    }

    String paragraph() {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence());
        }
        return sb.toString();
    }

    private String sentence() {
        switch (random.nextInt(7)) {
            case 0:
                return "According to " + pick(ORG) + ", " + clause() + ".";
            case 1:
                return capital(clause()) + ", " + person() + " said.";
            case 2:
                return "“" + capital(clause()) + ",” " + person() + " said.";
            case 3:
                return "\"" + capital(clause()) + ",\" " + pick(ORG) + " said in a statement.";
            case 4:
                return capital(figure()) + " " + pick(NOUN) + "s were " + pick(VERB) + " " + pick(PLACE) + ".";
            default:
                return capital(clause()) + " " + pick(PLACE) + ".";
        }
    }

    private String clause() {
        StringBuilder sb = new StringBuilder();
        sb.append(random.nextBoolean() ? "the " : "a ").append(adjective()).append(pick(NOUN)).append(' ')
                .append(pick(VERB)).append(" the ").append(word()).append(' ').append(pick(NOUN));
        if (random.nextInt(3) == 0) {
            sb.append(" by ").append(figure());
        }
        if (random.nextInt(4) == 0) {
            sb.append(" and ").append(word()).append(' ').append(word());
        }
        return sb.toString();
    }

    private String adjective() {
        int r = random.nextInt(40);
        if (r == 0) {
            return pick(LOADED) + " ";
        }
        return r < 12 ? word() + " " : "";
    }

    private String person() {
        return pick(TITLE) + " " + pick(FIRST) + " " + pick(LAST);
    }

    private String figure() {
        switch (random.nextInt(6)) {
            case 0:
                return (1 + random.nextInt(99)) + "," + String.format("%03d", random.nextInt(1000));
            case 1:
                return (1 + random.nextInt(9)) + "." + random.nextInt(10) + "%";
            case 2:
                return "$" + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " billion";
            case 3:
                return random.nextInt(10) + "-" + random.nextInt(10);
            case 4:
                return "the " + (1950 + 10 * random.nextInt(7)) + "s";
            default:
                return Integer.toString(2 + random.nextInt(500));
        }
    }

    /** A made-up word of two or three syllables: a large vocabulary without outside text. */
    private String word() {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(pick(SYLLABLES));
        }
        return sb.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
