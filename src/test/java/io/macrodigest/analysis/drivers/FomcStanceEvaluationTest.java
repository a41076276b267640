package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** FOMC stance sentences (Shah et al. 2023, evaluation only, read in place): accuracy and macro-F1 with floors. */
class FomcStanceEvaluationTest {

    private static final double FLOOR_ACCURACY = 0.63;

    @Test
    void stanceMatchesAnnotators() {
        List<String[]> rows = Corpora.tsv(Corpora.require("stance-dev/fomc-dev.tsv"));
        StanceClassifier classifier = new StanceClassifier(new MacroLexicon());
        Metrics metrics = new Metrics(List.of("hawkish", "dovish", "neutral"));
        for (String[] row : rows) {
            metrics.add(row[2], classifier.classify(row[0]).id());
        }
        System.out.print(metrics.report("FOMC stance"));
        assertTrue(metrics.accuracy() >= FLOOR_ACCURACY, "stance accuracy below floor");
    }
}
