package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Policy sentences we wrote ourselves ({@code analysis/stance-sentences.tsv}, labelled before the engine read
 * them): a check on constructions the FOMC development set may not hold, printed with every miss.
 */
class StanceSentencesTest {

    private static final double FLOOR_ACCURACY = 0.84;
    private static final List<String> LABELS = List.of("hawkish", "dovish", "neutral");

    @Test
    void stanceMatchesOurLabels() throws IOException {
        StanceClassifier classifier = new StanceClassifier(new MacroLexicon());
        Metrics metrics = new Metrics(LABELS);
        StringBuilder misses = new StringBuilder();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", 2);
            String predicted = classifier.classify(row[1]).id();
            metrics.add(row[0], predicted);
            if (!predicted.equals(row[0])) {
                misses.append("  ").append(row[0]).append(" -> ").append(predicted).append(": ").append(row[1])
                        .append('\n');
            }
        }
        System.out.print(metrics.report("Stance sentences (ours)"));
        System.out.print(misses);
        assertTrue(metrics.accuracy() >= FLOOR_ACCURACY, "stance accuracy on our sentences below floor");
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = StanceSentencesTest.class.getResourceAsStream("/analysis/stance-sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
