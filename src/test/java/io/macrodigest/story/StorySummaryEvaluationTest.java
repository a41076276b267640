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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.text.SentenceSplitter;

/**
 * ROUGE-1 of story summaries against the editors' summaries of the stories-dev events, with the true events as
 * stories (so that the figure measures summaries, not clustering). Printed as a guide; it must beat the same
 * summarizer given only one article of each story, which is what a story summary from its lead article alone says.
 */
class StorySummaryEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void storySummariesDrawnFromEveryOutletCoverMoreOfTheEditorsSummary() throws IOException {
        Path articles = Corpora.require("stories-dev/multinews-clusters.jsonl");
        Path summaries = Corpora.require("stories-dev/multinews-summaries.jsonl");
        Map<String, List<StorySummarizer.Source>> events = new TreeMap<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            JsonNode a = JSON.readTree(line);
            String id = a.get("id").asText();
            events.computeIfAbsent(a.get("cluster").asText(), k -> new ArrayList<>()).add(new StorySummarizer.Source(
                    id.hashCode(), "outlet " + id, "https://example.org/" + id, a.get("text").asText(), null));
        }
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(summaries, StandardCharsets.UTF_8)) {
            JsonNode s = JSON.readTree(line);
            gold.put(s.get("cluster").asText(), s.get("summary").asText());
        }
        StorySummarizer summarizer = new StorySummarizer(new SentenceSplitter());
        double story = 0;
        double single = 0;
        int n = 0;
        long started = System.nanoTime();
        for (Map.Entry<String, List<StorySummarizer.Source>> event : events.entrySet()) {
            List<StorySummarizer.Source> sources = event.getValue().stream()
                    .sorted(Comparator.comparing(StorySummarizer.Source::url)).toList();
            if (sources.size() < 2 || !gold.containsKey(event.getKey())) {
                continue;
            }
            String reference = gold.get(event.getKey());
            story += rouge1(join(summarizer.summarize(sources)), reference);
            single += rouge1(join(summarizer.summarize(sources.subList(0, 1))), reference);
            n++;
        }
        double ms = (System.nanoTime() - started) / 1e6 / n / 2;
        System.out.printf(Locale.ROOT, "story summaries, %d events of 2+ articles: ROUGE-1 F %.4f (one article: %.4f),"
                + " %.1f ms a summary%n", n, story / n, single / n, ms);
        assertTrue(story > single, "a summary from every outlet beats one from a single article");
    }

    private static String join(List<StorySummarizer.Line> lines) {
        return String.join(" ", lines.stream().map(StorySummarizer.Line::text).toList());
    }

    /** Unigram F1 over lower-cased word tokens, no stemming or stopword removal. */
    static double rouge1(String candidate, String reference) {
        Map<String, Integer> c = counts(candidate);
        Map<String, Integer> r = counts(reference);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        int cs = c.values().stream().mapToInt(Integer::intValue).sum();
        int rs = r.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double p = overlap / (double) cs;
        double rec = overlap / (double) rs;
        return 2 * p * rec / (p + rec);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }
}
