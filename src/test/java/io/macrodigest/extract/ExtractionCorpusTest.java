package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Scores the extractor on the shared annotated corpus and guards against regressions. */
class ExtractionCorpusTest {

    /** Floors sit just below the last measured scores; raise them as the extractor improves. */
    private static final double MIN_F1 = 0.943;
    private static final double MIN_PRECISION = 0.937;
    private static final double MIN_RECALL = 0.947;
    private static final double MIN_TITLE = 0.950;
    private static final double MIN_AUTHOR = 0.684;
    private static final double MIN_DATE = 0.855;

    @Test
    void scoresAboveFloorOnCorpus() throws Exception {
        Optional<Path> dir = Corpus.locate();
        Assumptions.assumeTrue(dir.isPresent(), "corpus '" + Corpus.NAME + "' not found (set -Dcorpora.dir or"
                + " CORPORA_DIR, default ../shared/corpora); skipping the corpus evaluation");
        CorpusEvaluation.Score score = CorpusEvaluation.evaluate(new ArticleExtractor(), Corpus.load(dir.get()));
        System.out.println("[extraction corpus] " + score.summary());
        assertTrue(score.f1() >= MIN_F1, "F1 fell below the floor: " + score.summary());
        assertTrue(score.precision() >= MIN_PRECISION, "precision fell below the floor: " + score.summary());
        assertTrue(score.recall() >= MIN_RECALL, "recall fell below the floor: " + score.summary());
        assertTrue(score.titleAccuracy() >= MIN_TITLE, "title accuracy fell below the floor: " + score.summary());
        assertTrue(score.authorAccuracy() >= MIN_AUTHOR, "author accuracy fell below the floor: " + score.summary());
        assertTrue(score.dateAccuracy() >= MIN_DATE, "date accuracy fell below the floor: " + score.summary());
    }
}
