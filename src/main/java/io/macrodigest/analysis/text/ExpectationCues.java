package io.macrodigest.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A move compared with what was expected: "fell less than expected", "rose more than economists forecast". The
 * comparative, "than", and an expectation word within a few tokens. Sentence sentiment scales the move before
 * the comparison by it; the drivers reader reads the same "than" after its own lexicon's comparatives.
 */
public final class ExpectationCues {

    private static final String THAN = "than";
    private static final int EXPECTATION_WINDOW = 3;
    private static final Set<String> SMALLER = Set.of("less", "fewer", "slower", "smaller", "milder", "softer",
            "weaker");
    private static final Set<String> BIGGER = Set.of("more", "faster", "larger", "bigger", "sharper", "steeper",
            "stronger");
    private static final Set<String> EXPECTED = Set.of("expected", "forecast", "forecasts", "forecasted",
            "estimated", "estimates", "anticipated", "predicted", "projected", "consensus", "priced", "feared",
            "hoped", "thought", "expectations", "economists", "analysts", "markets", "investors", "planned");

    /** A comparative at {@code at}, smaller or bigger than an expectation ending before {@code end}. */
    public record Comparison(int at, int end, boolean smaller) {
    }

    private ExpectationCues() {
    }

    /** Whether "than" follows at {@code i}: a comparative there measures against what comes after it. */
    public static boolean thanAt(Tokens tokens, int i) {
        return TokenScan.is(tokens, i, THAN);
    }

    /** Every "smaller/bigger than expected" comparison of a sentence, in token order. */
    public static List<Comparison> comparisons(Tokens tokens) {
        List<Comparison> found = new ArrayList<>(0);
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            String w = tokens.lower(i);
            boolean smaller = SMALLER.contains(w);
            if (!smaller && !BIGGER.contains(w) || !thanAt(tokens, i + 1)) {
                continue;
            }
            for (int k = i + 2; k < Math.min(n, i + 2 + EXPECTATION_WINDOW); k++) {
                if (EXPECTED.contains(tokens.lower(k))) {
                    found.add(new Comparison(i, k + 1, smaller));
                    break;
                }
            }
        }
        return found;
    }
}
