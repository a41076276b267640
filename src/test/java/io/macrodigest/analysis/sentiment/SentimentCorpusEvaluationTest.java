package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Financial PhraseBank dev half (evaluation only, read in place): accuracy and macro-F1 with floors, also printed
 * on two fixed halves ({@link Corpora#inHalfA}): rules come from half A's errors, half B checks them.
 */
class SentimentCorpusEvaluationTest {

    private static final double FLOOR_ACCURACY_100 = 0.95;
    private static final double FLOOR_ACCURACY_ALL = 0.85;

    @Test
    void sentimentMatchesFinanceLiterateAnnotators() {
        List<String[]> rows = Corpora.tsv(Corpora.require("sentiment-dev/phrasebank-dev.tsv"));
        SentimentScorer scorer = SentimentScorer.create();
        List<String> labels = List.of("positive", "negative", "neutral");
        Metrics unanimous = new Metrics(labels);
        Metrics all = new Metrics(labels);
        Metrics halfA = new Metrics(labels);
        Metrics halfB = new Metrics(labels);
        Metrics unanimousA = new Metrics(labels);
        Metrics unanimousB = new Metrics(labels);
        for (String[] row : rows) {
            String predicted = scorer.score(row[0]).label().id();
            boolean inA = Corpora.inHalfA(row[0]);
            all.add(row[1], predicted);
            (inA ? halfA : halfB).add(row[1], predicted);
            if (row[2].equals("100")) {
                unanimous.add(row[1], predicted);
                (inA ? unanimousA : unanimousB).add(row[1], predicted);
            }
        }
        System.out.print(unanimous.report("PhraseBank agreement-100"));
        System.out.print(unanimousA.report("PhraseBank agreement-100 half A (development)"));
        System.out.print(unanimousB.report("PhraseBank agreement-100 half B (check)"));
        System.out.print(all.report("PhraseBank all rows"));
        System.out.print(halfA.report("PhraseBank all rows half A (development)"));
        System.out.print(halfB.report("PhraseBank all rows half B (check)"));
        assertTrue(unanimous.accuracy() >= FLOOR_ACCURACY_100, "agreement-100 accuracy below floor");
        assertTrue(all.accuracy() >= FLOOR_ACCURACY_ALL, "all-rows accuracy below floor");
    }
}
