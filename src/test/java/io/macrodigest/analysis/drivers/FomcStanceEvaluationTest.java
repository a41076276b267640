package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * FOMC stance sentences (Shah et al. 2023, evaluation only, read in place): accuracy and macro-F1 with floors.
 * Also printed on two fixed halves split by a hash of the sentence: rules are developed on errors of half A
 * only and kept when half B does not suffer, so B estimates held-out accuracy less optimistically.
 */
class FomcStanceEvaluationTest {

    private static final double FLOOR_ACCURACY = 0.68;
    private static final List<String> LABELS = List.of("hawkish", "dovish", "neutral");

    @Test
    void stanceMatchesAnnotators() {
        List<String[]> rows = Corpora.tsv(Corpora.require("stance-dev/fomc-dev.tsv"));
        StanceClassifier classifier = new StanceClassifier(new MacroLexicon());
        Metrics metrics = new Metrics(LABELS);
        Metrics halfA = new Metrics(LABELS);
        Metrics halfB = new Metrics(LABELS);
        for (String[] row : rows) {
            String predicted = classifier.classify(row[0]).id();
            metrics.add(row[2], predicted);
            (Corpora.inHalfA(row[0]) ? halfA : halfB).add(row[2], predicted);
        }
        System.out.print(metrics.report("FOMC stance"));
        System.out.print(halfA.report("FOMC stance half A (development)"));
        System.out.print(halfB.report("FOMC stance half B (check)"));
        assertTrue(metrics.accuracy() >= FLOOR_ACCURACY, "stance accuracy below floor");
    }
}
