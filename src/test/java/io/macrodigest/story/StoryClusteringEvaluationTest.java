package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * an earlier one through StoryMatcher or starts its own; then again from lead paragraphs alone. Prints pairwise
 * precision, recall and F1 and B-cubed F1, then the same in windows of about 50 articles, as a stream's few days
 * hold; then each half of the events (by CRC32 of the event id, {@link Corpora#inHalfA}) clustered alone, as a
 * rule is kept only when it helps both; fails below floors a little under what the rule reaches in one window, so
 * a regression shows. Evaluation
 * only: the rule's thresholds are general settings, never fitted to items of this corpus. A Quarkus test for the
 * model's class loader (see StoryMatcherTest).
 */
@QuarkusTest
class StoryClusteringEvaluationTest {

    @Inject
    StoryProfiler profiler;
    @Inject
    StoryMatcher matcher;

    private static final double MIN_PAIRWISE_PRECISION = 0.90;
    private static final double MIN_PAIRWISE_F1 = 0.75;
    private static final double MIN_LEAD_PARAGRAPH_F1 = 0.64;
    /** About the articles a held-out stream's 3-day window holds (some 1,500 leads over six months). */
    private static final int WINDOW_ARTICLES = 50;

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
        List<StoryProfile> profiles = new ArrayList<>();
        long started = System.nanoTime();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            profiles.add(profiler.profile(row.path("title").asText(""), told.apply(row.path("text").asText(""))));
            gold.add(row.path("cluster").asText());
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            inOrder.add(i);
        }
        List<Long> predicted = place(profiles, inOrder, new double[gold.size()], Double.MAX_VALUE);
        ClusterScores scores = ClusterScores.of(gold, predicted);
        System.out.printf("stories-dev %s: %d articles, %d gold events, %d predicted stories, profiled in %d s%n",
                what, gold.size(), gold.stream().distinct().count(), predicted.stream().distinct().count(), seconds);
        print("one window", scores);
        print("windows of " + WINDOW_ARTICLES + " articles", inWindows(gold, profiles));
        for (boolean halfA : new boolean[] { true, false }) {
            List<String> halfGold = new ArrayList<>();
            List<StoryProfile> halfProfiles = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (Corpora.inHalfA(gold.get(i)) == halfA) {
                    halfGold.add(gold.get(i));
                    halfProfiles.add(profiles.get(i));
                }
            }
            String half = halfA ? "half A" : "half B";
            List<Integer> halfOrder = new ArrayList<>();
            for (int i = 0; i < halfGold.size(); i++) {
                halfOrder.add(i);
            }
            print(half + " (" + halfGold.size() + " articles) alone, one window", ClusterScores.of(halfGold,
                    place(halfProfiles, halfOrder, new double[halfGold.size()], Double.MAX_VALUE)));
            print(half + " alone, windows of " + WINDOW_ARTICLES + " articles", inWindows(halfGold, halfProfiles));
        }
        return scores;
    }

    /**
     * The held-out streams compare each article with the articles of a few days (some 50), not with all of
     * them: each event is given a random time (fixed seeds), articles arrive in time order and each is compared
     * with the stored ones whose time is near enough that a window holds {@code WINDOW_ARTICLES} articles on
     * average. Fewer, random, other events to tell apart, so higher precision than in one window: printed as a
     * guide to the held-out figure, not asserted. Mean of three timelines.
     */
    private ClusterScores inWindows(List<String> gold, List<StoryProfile> profiles) {
        List<ClusterScores> runs = new ArrayList<>();
        for (long seed : new long[] { 1, 2, 3 }) {
            Random random = new Random(seed);
            Map<String, Double> eventTime = new HashMap<>();
            gold.stream().distinct().sorted().forEach(event -> eventTime.put(event, random.nextDouble()));
            double[] time = new double[gold.size()];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                time[i] = eventTime.get(gold.get(i));
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> time[i]).thenComparingInt(i -> i));
            List<Long> predicted = place(profiles, order, time, WINDOW_ARTICLES / 2.0 / gold.size());
            List<String> goldInOrder = new ArrayList<>();
            List<Long> predictedInOrder = new ArrayList<>();
            for (int i : order) {
                goldInOrder.add(gold.get(i));
                predictedInOrder.add(predicted.get(i));
            }
            runs.add(ClusterScores.of(goldInOrder, predictedInOrder));
        }
        return ClusterScores.mean(runs);
    }

    /**
     * Places the articles in {@code order} as ingest does: each joins the story of a stored article through
     * StoryMatcher or starts its own; it is compared with the stored ones whose time is within {@code window}.
     * Returns the story of each article by its index.
     */
    private List<Long> place(List<StoryProfile> profiles, List<Integer> order, double[] time, double window) {
        Long[] story = new Long[profiles.size()];
        List<StoryCandidate> stored = new ArrayList<>();
        for (int i : order) {
            long id = i + 1L;
            StoryProfile profile = profiles.get(i);
            List<StoryCandidate> near = stored.stream()
                    .filter(c -> Math.abs(time[(int) c.articleId() - 1] - time[i]) <= window)
                    .toList();
            story[i] = matcher.match(profile, near).map(StoryMatch::storyId).orElse(id);
            stored.add(new StoryCandidate(id, story[i], profile.vector(), profile.facts(), profile.words()));
        }
        return List.of(story);
    }

    private static void print(String how, ClusterScores scores) {
        System.out.printf("  %s: pairwise P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f%n", how,
                scores.precision(), scores.recall(), scores.f1(), scores.bcubedPrecision(), scores.bcubedRecall(),
                scores.bcubedF1());
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

        static ClusterScores mean(List<ClusterScores> runs) {
            double n = runs.size();
            return new ClusterScores(runs.stream().mapToDouble(ClusterScores::precision).sum() / n,
                    runs.stream().mapToDouble(ClusterScores::recall).sum() / n,
                    runs.stream().mapToDouble(ClusterScores::f1).sum() / n,
                    runs.stream().mapToDouble(ClusterScores::bcubedPrecision).sum() / n,
                    runs.stream().mapToDouble(ClusterScores::bcubedRecall).sum() / n,
                    runs.stream().mapToDouble(ClusterScores::bcubedF1).sum() / n);
        }

        private static double harmonic(double a, double b) {
            return a + b == 0 ? 0 : 2 * a * b / (a + b);
        }
    }
}
