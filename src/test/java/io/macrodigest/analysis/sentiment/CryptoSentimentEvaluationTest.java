package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Crypto headlines labelled by people (dev half, evaluation only, read in place): accuracy and macro-F1 with floors,
 * also printed on two fixed halves ({@link Corpora#inHalfA}): rules come from half A's errors, half B checks them.
 */
class CryptoSentimentEvaluationTest {

    private static final double FLOOR_ACCURACY = 0.69;
    private static final double FLOOR_MACRO_F1 = 0.69;

    @Test
    void headlineSentimentMatchesAnnotators() {
        List<String[]> rows = Corpora.tsv(Corpora.require("crypto-dev/cryptolin-dev.tsv"));
        SentimentScorer scorer = SentimentScorer.create();
        List<String> labels = List.of("positive", "negative", "neutral");
        Metrics all = new Metrics(labels);
        Metrics halfA = new Metrics(labels);
        Metrics halfB = new Metrics(labels);
        for (String[] row : rows) {
            String predicted = scorer.score(row[0]).label().id();
            all.add(row[1], predicted);
            (Corpora.inHalfA(row[0]) ? halfA : halfB).add(row[1], predicted);
        }
        System.out.print(all.report("Crypto headlines"));
        System.out.print(halfA.report("Crypto headlines half A (development)"));
        System.out.print(halfB.report("Crypto headlines half B (check)"));
        assertTrue(all.accuracy() >= FLOOR_ACCURACY, "accuracy below floor");
        assertTrue(all.macroF1() >= FLOOR_MACRO_F1, "macro-F1 below floor");
    }
}
