package io.macrodigest.analysis;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.macrodigest.extract.ArticleExtractor;

/**
 * Single-thread throughput of the embedded engine over real article texts: the extraction corpus pages turned
 * into text by the project's extractor. Also the sentiment path and memory. Not a test; run it as described
 * in docs/benchmarks.md ("Analysis engine speed and LLM engine (issue 12)"), pinned to one core.
 * Argument: the corpora directory (default ../shared/corpora).
 */
public final class AnalysisBench {

    private static final int WARMUP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    public static void main(String[] args) throws IOException {
        EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();
        Path pages = Path.of(args.length > 0 ? args[0] : "../shared/corpora").resolve("extraction-dev/pages");
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path p : files.sorted().toList()) {
                try {
                    String text = extractor.extract(Files.readAllBytes(p), null, null).text();
                    if (words(text) >= 50) {
                        texts.add(text);
                    }
                } catch (RuntimeException e) {
                    // A page the extractor cannot read is not part of the engine's benchmark.
                }
            }
        }
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            texts.forEach(t -> analyzer.analyze(AnalysisInput.of(null, t)));
        }
        long[] nanos = new long[texts.size()];
        long total = 0;
        long totalWords = 0;
        // every measured call of a 1,000-word article (800-1,200 words), for a p99 that hides no slow pass
        List<Long> thousandWordCalls = new ArrayList<>();
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            for (int i = 0; i < texts.size(); i++) {
                long start = System.nanoTime();
                analyzer.analyze(AnalysisInput.of(null, texts.get(i)));
                long took = System.nanoTime() - start;
                nanos[i] = pass == 0 ? took : Math.min(nanos[i], took);
                total += took;
                int w = words(texts.get(i));
                if (w >= 800 && w <= 1200) {
                    thousandWordCalls.add(took);
                }
            }
        }
        for (String t : texts) {
            totalWords += words(t);
        }
        double seconds = total / 1e9 / MEASURED_PASSES;
        System.out.printf(Locale.ROOT, "articles: %d, mean words %.0f, Java %s%n", texts.size(),
                (double) totalWords / texts.size(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "all articles: %.0f articles/s on one thread, %.0f words/s%n",
                texts.size() / seconds, totalWords / seconds);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "per article (best of %d): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                MEASURED_PASSES, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        List<Long> near = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int w = words(texts.get(i));
            if (w >= 800 && w <= 1200) {
                near.add(nanos[i]);
            }
        }
        if (!near.isEmpty()) {
            long[] n = near.stream().mapToLong(Long::longValue).sorted().toArray();
            double mean = near.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            System.out.printf(Locale.ROOT,
                    "800-1,200 words: %d articles, mean %.2f ms => %.0f articles/s, p50 %.2f ms, p99 %.2f ms%n",
                    n.length, mean, 1000 / mean, pct(n, 50), pct(n, 99));
            long[] calls = thousandWordCalls.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "800-1,200 words, all %d measured calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    calls.length, pct(calls, 50), pct(calls, 99), calls[calls.length - 1] / 1e6);
        }
        sentimentThroughput(texts);
        memory();
    }

    /**
     * The heap in use after the run (engine and texts), and the process's resident memory, which would also
     * count native model memory. One engine's own share is below what differences of heap figures resolve
     * (its lexicons are 36 KB of text).
     */
    private static void memory() {
        long used = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "memory: heap in use after GC %.1f MB (max %.0f MB); process RSS %s,"
                + " peak %s; native model memory: none (rules and lexicons on the heap, no model file)%n",
                used / 1e6, Runtime.getRuntime().maxMemory() / 1e6, procStatus("VmRSS"), procStatus("VmHWM"));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A line of /proc/self/status (Linux), e.g. VmRSS, or "n/a". */
    private static String procStatus(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key + ":"))
                    .map(l -> l.substring(key.length() + 1).strip()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    /**
     * The /api/sentiment path in-process ({@code SentimentScorer.score}, what the endpoint calls per text;
     * JSON and HTTP not included): 1,000 sentence-length texts per call, longer than most headlines.
     */
    private static void sentimentThroughput(List<String> texts) {
        SentimentScorer scorer = SentimentScorer.create();
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> sentences = new ArrayList<>();
        for (String t : texts) {
            for (Sentence s : splitter.split(t)) {
                sentences.add(s.text());
                if (sentences.size() == 1000) {
                    break;
                }
            }
            if (sentences.size() == 1000) {
                break;
            }
        }
        for (int i = 0; i < 20; i++) {
            sentences.forEach(scorer::score);
        }
        long start = System.nanoTime();
        int calls = 20;
        for (int i = 0; i < calls; i++) {
            sentences.forEach(scorer::score);
        }
        double ms = (System.nanoTime() - start) / 1e6 / calls;
        System.out.printf(Locale.ROOT, "sentiment: %d sentences in %.2f ms per call (%.0f sentences/s)%n",
                sentences.size(), ms, sentences.size() / ms * 1000);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
