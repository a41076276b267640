package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Crypto headlines labelled by people (dev half, evaluation only, read in place): accuracy and macro-F1 with floors. */
class CryptoSentimentEvaluationTest {

    private static final double FLOOR_ACCURACY = 0.63;
    private static final double FLOOR_MACRO_F1 = 0.64;

    @Test
    void headlineSentimentMatchesAnnotators() {
        List<String[]> rows = Corpora.tsv(Corpora.require("crypto-dev/cryptolin-dev.tsv"));
        SentimentScorer scorer = SentimentScorer.create();
        Metrics all = new Metrics(List.of("positive", "negative", "neutral"));
        for (String[] row : rows) {
            all.add(row[1], scorer.score(row[0]).label().id());
        }
        System.out.print(all.report("Crypto headlines"));
        assertTrue(all.accuracy() >= FLOOR_ACCURACY, "accuracy below floor");
        assertTrue(all.macroF1() >= FLOOR_MACRO_F1, "macro-F1 below floor");
    }
}
