package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A move measured against what was expected: "inflation fell less than expected" is a surprise upward, whatever
 * the fall, and "sales rose more than forecast" is the rise and then some. The comparative qualifies the move
 * before it; with no move before it, the comparative is itself the move ("prices came in lower than expected").
 */
final class ExpectationSurprise {

    /** The surprise runs against a move it follows: the move was smaller than expected. */
    static final double AGAINST = -0.8;
    /** The move was bigger than expected. */
    static final double BEYOND = 1.3;
    private static final int EXPECTATION_WINDOW = 3;

    private static final Set<String> SMALLER = Set.of("less", "fewer", "slower", "smaller", "milder", "softer",
            "weaker");
    private static final Set<String> BIGGER = Set.of("more", "faster", "larger", "bigger", "sharper", "steeper",
            "stronger");
    private static final Set<String> EXPECTED = Set.of("expected", "forecast", "forecasts", "forecasted",
            "estimated", "estimates", "anticipated", "predicted", "projected", "consensus", "priced", "feared",
            "hoped", "thought", "expectations", "economists", "analysts", "markets", "investors", "planned");

    /** A comparative at {@code at} against an expectation ending before {@code end}. */
    record Surprise(int at, int end, double factor) {
    }

    private ExpectationSurprise() {
    }

    static List<Surprise> find(Tokens tokens) {
        List<Surprise> found = new ArrayList<>(0);
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            String w = tokens.lower(i);
            boolean smaller = SMALLER.contains(w);
            if (!smaller && !BIGGER.contains(w) || !tokens.lower(i + 1).equals("than")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(n, i + 2 + EXPECTATION_WINDOW); k++) {
                if (EXPECTED.contains(tokens.lower(k))) {
                    found.add(new Surprise(i, k + 1, smaller ? AGAINST : BEYOND));
                    break;
                }
            }
        }
        return found;
    }
}
