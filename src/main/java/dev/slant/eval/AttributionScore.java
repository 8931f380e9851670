package dev.slant.eval;

import dev.slant.engine.Finding;
import dev.slant.text.Attribution;
import dev.slant.text.Document;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Attribution quality against gold cue, source and content spans (PolNeAR's kinds), and
 * how many unattributed-claim findings fall inside gold attributed content: those are
 * false alarms. A finding counts as inside when at least half of its characters are
 * covered by gold content.
 */
public final class AttributionScore {

    public static final String CUE = "attribution-cue";
    public static final String SOURCE = "attribution-source";
    public static final String CONTENT = "attribution-content";
    public static final String CLAIM_CATEGORY = "unattributed-claim";

    private final OverlapScore cue = new OverlapScore();
    private final OverlapScore source = new OverlapScore();
    private final OverlapScore content = new OverlapScore();
    private long records;
    private long claims;
    private long claimsInContent;

    /** True if the record carries attribution spans this score can use. */
    public static boolean applies(GoldRecord record) {
        return !record.spans(CUE).isEmpty() || !record.spans(CONTENT).isEmpty();
    }

    public void add(GoldRecord record, Document doc, List<Finding> findings) {
        records++;
        cue.add(spans(doc, Attribution::cue), gold(record, CUE));
        source.add(spans(doc, Attribution::source), gold(record, SOURCE));
        content.add(spans(doc, Attribution::content), gold(record, CONTENT));
        List<Span> goldContent = gold(record, CONTENT);
        for (Finding f : findings) {
            if (f.category().equals(CLAIM_CATEGORY)) {
                claims++;
                if (covered(f.span(), goldContent) * 2 >= f.span().length()) {
                    claimsInContent++;
                }
            }
        }
    }

    private static List<Span> spans(Document doc, Function<Attribution, Span> part) {
        List<Span> out = new ArrayList<>();
        for (Attribution a : doc.attributions()) {
            Span s = part.apply(a);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> gold(GoldRecord record, String kind) {
        return record.spans(kind).stream().map(GoldSpan::span).toList();
    }

    /** Characters of {@code span} covered by the union of {@code cover}. */
    static int covered(Span span, List<Span> cover) {
        boolean[] hit = new boolean[span.length()];
        for (Span c : cover) {
            for (int i = Math.max(c.start(), span.start()); i < Math.min(c.end(), span.end()); i++) {
                hit[i - span.start()] = true;
            }
        }
        int n = 0;
        for (boolean b : hit) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    public long records() {
        return records;
    }

    public OverlapScore cue() {
        return cue;
    }

    public OverlapScore source() {
        return source;
    }

    public OverlapScore content() {
        return content;
    }

    public long claims() {
        return claims;
    }

    public long claimsInContent() {
        return claimsInContent;
    }
}
