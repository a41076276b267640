package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Tokens;

import java.util.Arrays;
import java.util.Set;

/**
 * How much each word's clause counts towards what a sentence says on balance: a clause opened by "although",
 * "while" or "despite" concedes a point and weighs less; after "but" or "however" comes the point being made,
 * which outweighs what went before ("although unemployment has fallen, slack remains considerable").
 */
public final class ClauseWeights {

    static final double CONCEDED = 0.5;
    static final double BEFORE_CONTRAST = 0.8;
    static final double AFTER_CONTRAST = 1.3;

    private static final Set<String> CONCESSIONS = Set.of("although", "though", "while", "whereas", "despite",
            "notwithstanding");
    /** "Even as the outlook weakened, ...", "even with hiring improving, ...": conceded like "although". */
    private static final Set<String> EVEN_CONCESSIONS = Set.of("as", "with");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "nevertheless", "nonetheless");

    private ClauseWeights() {
    }

    public static double[] of(Tokens tokens) {
        int n = tokens.size();
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        for (int i = 0; i < n; i++) {
            String w = tokens.lower(i);
            if (CONTRASTS.contains(w) && i > 1) {
                for (int k = 0; k < i; k++) {
                    weights[k] *= BEFORE_CONTRAST;
                }
                for (int k = i + 1; k < n; k++) {
                    weights[k] *= AFTER_CONTRAST;
                }
            } else if (CONCESSIONS.contains(w) || w.equals("spite") && i > 0 && tokens.lower(i - 1).equals("in")
                    || EVEN_CONCESSIONS.contains(w) && i > 0 && tokens.lower(i - 1).equals("even")) {
                for (int k = i + 1; k < n && !isClauseEnd(tokens.lower(k)); k++) {
                    weights[k] *= CONCEDED;
                }
            }
        }
        return weights;
    }

    private static boolean isClauseEnd(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || CONTRASTS.contains(w);
    }
}
