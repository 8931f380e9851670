package dev.slant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the benchmark's figures: each JMH stage in MB/s with its ratio to the floor of the
 * same run (1 thread and all cores), then the whole-process runs (wall time and peak memory).
 *
 * <p>Usage: {@code Summary JMH_1T.json JMH_NT.json PROCESS.tsv}; the TSV has lines
 * {@code name<TAB>seconds<TAB>peak KB<TAB>bytes}.
 */
public final class Summary {

    private static final double MB = 1_000_000.0;

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        double bytes = Corpus.text(1_000_000, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Map<String, Double> one = read(Path.of(args[0]));
        Map<String, Double> all = args.length > 1 && Files.exists(Path.of(args[1])) ? read(Path.of(args[1])) : Map.of();
        double floor1 = one.getOrDefault("floor", Double.NaN) * bytes / MB;
        double floorN = all.getOrDefault("floor", Double.NaN) * bytes / MB;
        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %12s %9s %12s %9s %8s%n", "stage (1 MB of news-like text)",
                "1 thread", "÷ floor", "all cores", "÷ floor", "scaling");
        for (String name : one.keySet()) {
            double t1 = one.get(name) * bytes / MB;
            Double n = all.get(name);
            if (n == null) {
                System.out.printf(Locale.ROOT, "%-36s %9.1f MB/s %8.1fx%n", name, t1, floor1 / t1);
                continue;
            }
            double tn = n * bytes / MB;
            System.out.printf(Locale.ROOT, "%-36s %9.1f MB/s %8.1fx %9.1f MB/s %8.1fx %7.2fx%n", name, t1,
                    floor1 / t1, tn, floorN / tn, tn / t1);
        }
        if (args.length > 2 && Files.exists(Path.of(args[2]))) {
            System.out.println();
            System.out.printf(Locale.ROOT, "%-36s %10s %12s %12s%n", "whole process (slant lint)", "wall", "peak RSS",
                    "throughput");
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                String[] f = line.split("\t");
                if (f.length < 4) {
                    continue;
                }
                double s = Double.parseDouble(f[1]);
                double size = Double.parseDouble(f[3]);
                String rate = size < MB ? "" : String.format(Locale.ROOT, "%7.1f MB/s", size / MB / s);
                System.out.printf(Locale.ROOT, "%-36s %8.2f s %9.0f MB %s%n", f[0], s,
                        Double.parseDouble(f[2]) / 1024, rate);
            }
        }
    }

    /** Benchmark name (with its parameters) to operations per second, in file order. */
    private static Map<String, Double> read(Path jmhJson) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode root = new ObjectMapper().readTree(jmhJson.toFile());
        List<JsonNode> runs = new ArrayList<>();
        root.forEach(runs::add);
        for (JsonNode run : runs) {
            String name = run.get("benchmark").asText().replaceFirst(".*\\.", "");
            JsonNode params = run.get("params");
            if (params != null && params.has("rules")) {
                name += " (" + params.get("rules").asText() + " phrase rules)";
            }
            out.put(name, run.get("primaryMetric").get("score").asDouble());
        }
        return out;
    }
}
