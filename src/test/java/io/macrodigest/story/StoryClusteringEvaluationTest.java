package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.analysis.Corpora;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Clusters the 526 stories-dev articles (199 events, two to a handful of outlets each) as ingest does, all in one
 * time window since the corpus has no dates: each article is profiled from its lead and either joins the story of
 * an earlier one through StoryMatcher or starts its own; then again from lead paragraphs alone. Prints pairwise precision, recall and F1 and B-cubed F1;
 * fails below floors a little under what the rule reaches, so a regression shows. Evaluation only: the rule's
 * thresholds are general settings, never fitted to items of this corpus. A Quarkus test for the model's class
 * loader (see StoryMatcherTest).
 */
@QuarkusTest
class StoryClusteringEvaluationTest {

    @Inject
    StoryProfiler profiler;
    @Inject
    StoryMatcher matcher;

    private static final double MIN_PAIRWISE_PRECISION = 0.90;
    private static final double MIN_PAIRWISE_F1 = 0.75;
    private static final double MIN_LEAD_PARAGRAPH_F1 = 0.50;

    @Test
    void clustersMultiNewsEventsWithPrecisionFirst() throws IOException {
        ClusterScores scores = cluster("articles", text -> text);
        assertTrue(scores.precision() >= MIN_PAIRWISE_PRECISION, "pairwise precision " + scores.precision());
        assertTrue(scores.f1() >= MIN_PAIRWISE_F1, "pairwise F1 " + scores.f1());
    }

    /**
     * The same events told by their lead paragraphs alone, as a stream of short leads would tell them: less text
     * to embed and fewer names and figures, so lower recall; precision must hold all the same.
     */
    @Test
    void clustersLeadParagraphsWithPrecisionFirst() throws IOException {
        ClusterScores scores = cluster("lead paragraphs", StoryClusteringEvaluationTest::leadParagraph);
        assertTrue(scores.precision() >= MIN_PAIRWISE_PRECISION, "pairwise precision " + scores.precision());
        assertTrue(scores.f1() >= MIN_LEAD_PARAGRAPH_F1, "pairwise F1 " + scores.f1());
    }

    private ClusterScores cluster(String what, UnaryOperator<String> told) throws IOException {
        Path file = Corpora.require("stories-dev/multinews-clusters.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> gold = new ArrayList<>();
        List<Long> predicted = new ArrayList<>();
        List<StoryCandidate> stored = new ArrayList<>();
        long started = System.nanoTime();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            long id = gold.size() + 1;
            StoryProfile profile = profiler.profile(row.path("title").asText(""),
                    told.apply(row.path("text").asText("")));
            long story = matcher.match(profile, stored).map(StoryMatch::storyId).orElse(id);
            stored.add(new StoryCandidate(id, story, profile.vector(), profile.facts()));
            gold.add(row.path("cluster").asText());
            predicted.add(story);
        }
        ClusterScores scores = ClusterScores.of(gold, predicted);
        System.out.printf("stories-dev %s: %d articles, %d gold events, %d predicted stories in %d s%n", what,
                gold.size(), gold.stream().distinct().count(), predicted.stream().distinct().count(),
                (System.nanoTime() - started) / 1_000_000_000L);
        System.out.printf("pairwise P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f%n", scores.precision(),
                scores.recall(), scores.f1(), scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1());
        return scores;
    }

    /** The first paragraph, with the next ones while it is under 30 words (a dateline, a byline), at most 100 words. */
    static String leadParagraph(String text) {
        StringBuilder lead = new StringBuilder();
        for (String paragraph : text.strip().split("\\n")) {
            if (!paragraph.isBlank()) {
                lead.append(lead.isEmpty() ? "" : " ").append(paragraph.strip());
                if (lead.toString().split("\\s+").length >= 30) {
                    break;
                }
            }
        }
        return StoryProfiler.lead(lead.toString(), 100);
    }

    /** Pairwise and B-cubed scores of a predicted clustering against gold labels. */
    record ClusterScores(double precision, double recall, double f1, double bcubedPrecision, double bcubedRecall,
            double bcubedF1) {

        static <G, P> ClusterScores of(List<G> gold, List<P> predicted) {
            long truePairs = 0;
            long predictedPairs = 0;
            long goldPairs = 0;
            int n = gold.size();
            double bp = 0;
            double br = 0;
            Map<G, Integer> goldSizes = new HashMap<>();
            Map<P, Integer> predictedSizes = new HashMap<>();
            for (int i = 0; i < n; i++) {
                goldSizes.merge(gold.get(i), 1, Integer::sum);
                predictedSizes.merge(predicted.get(i), 1, Integer::sum);
            }
            for (int i = 0; i < n; i++) {
                int both = 0;
                for (int j = 0; j < n; j++) {
                    boolean g = gold.get(i).equals(gold.get(j));
                    boolean p = predicted.get(i).equals(predicted.get(j));
                    if (g && p) {
                        both++;
                    }
                    if (j > i) {
                        truePairs += g && p ? 1 : 0;
                        predictedPairs += p ? 1 : 0;
                        goldPairs += g ? 1 : 0;
                    }
                }
                bp += (double) both / predictedSizes.get(predicted.get(i));
                br += (double) both / goldSizes.get(gold.get(i));
            }
            double precision = predictedPairs == 0 ? 0 : (double) truePairs / predictedPairs;
            double recall = goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
            bp /= n;
            br /= n;
            return new ClusterScores(precision, recall, harmonic(precision, recall), bp, br, harmonic(bp, br));
        }

        private static double harmonic(double a, double b) {
            return a + b == 0 ? 0 : 2 * a * b / (a + b);
        }
    }
}
