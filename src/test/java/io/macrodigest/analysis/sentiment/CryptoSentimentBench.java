package io.macrodigest.analysis.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Headlines per second through {@link SentimentScorer#score(String)} (the {@code /api/sentiment} path) on one
 * thread, on the crypto dev headlines read in place (timing only). A main, not a test: see docs/benchmarks.md.
 */
public final class CryptoSentimentBench {

    private static final int WARM_UP_PASSES = 30;
    private static final int MEASURED_PASSES = 30;

    private CryptoSentimentBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        List<String> lines = Files.readAllLines(corpora.resolve("crypto-dev/cryptolin-dev.tsv"), StandardCharsets.UTF_8);
        List<String> headlines = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            headlines.add(line.split("\t", -1)[0]);
        }
        SentimentScorer scorer = SentimentScorer.create();
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            headlines.forEach(scorer::score);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED_PASSES; i++) {
            headlines.forEach(scorer::score);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "crypto headlines: %d x %d passes, %.0f headlines/s on one thread (%.1f us each)%n",
                headlines.size(), MEASURED_PASSES, headlines.size() * MEASURED_PASSES / seconds,
                seconds * 1e6 / (headlines.size() * MEASURED_PASSES));
    }
}
