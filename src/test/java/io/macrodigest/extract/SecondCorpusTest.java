package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the second corpus (WCXB article pages, L3S-GN1), token F1 as its {@code score.py}
 * computes it; predictions go to {@code target/extraction-dev2/predictions.jsonl} for that scorer. Rules are
 * developed on wcxb-dev and l3s-gn1 only; wcxb-test is printed apart, a check against over-fitting.
 */
class SecondCorpusTest {

    static final Path PREDICTIONS = Path.of("target", "extraction-dev2", "predictions.jsonl");

    /** Floors sit just below the last measured scores; raise them as the extractor improves. */
    private static final Map<String, Double> MIN_F1 = Map.of("wcxb-dev", 0.942, "l3s-gn1", 0.944, "wcxb-test", 0.960);

    @Test
    void scoresAboveFloorOnSecondCorpus() throws Exception {
        Optional<Path> dir = Corpus.locateSecond();
        Assumptions.assumeTrue(dir.isPresent(), "corpus '" + Corpus.SECOND + "' not found (set -Dcorpora.dir or"
                + " CORPORA_DIR, default ../shared/corpora); skipping the second corpus evaluation");
        var scores = SecondCorpusEvaluation.evaluate(new ArticleExtractor(), Corpus.loadSecond(dir.get()));
        SecondCorpusEvaluation.writePredictions(scores, PREDICTIONS);
        Map<String, SecondCorpusEvaluation.DatasetScore> byDataset = SecondCorpusEvaluation.byDataset(scores);
        for (String dataset : new String[] {"wcxb-dev", "l3s-gn1"}) {
            System.out.println("[extraction corpus 2] " + byDataset.get(dataset).summary());
        }
        System.out.println("[extraction corpus 2, held apart] " + byDataset.get("wcxb-test").summary());
        System.out.println("[extraction corpus 2] predictions in " + PREDICTIONS.toAbsolutePath()
                + "; check: python3 " + dir.get().resolve("score.py") + " " + PREDICTIONS.toAbsolutePath());
        MIN_F1.forEach((dataset, floor) -> assertTrue(byDataset.get(dataset).f1() >= floor,
                dataset + " token F1 fell below " + floor + ": " + byDataset.get(dataset).summary()));
    }
}
