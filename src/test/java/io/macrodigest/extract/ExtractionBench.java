package io.macrodigest.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput benchmark on one thread over the corpus pages, bytes in, article out (charset detection and
 * parsing included). Not a test: run it through src/bench/extraction/run.sh. Arguments: [corpus dir] [timed rounds].
 */
public final class ExtractionBench {

    private static final int WARMUP_ROUNDS = 2;

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Corpus.locate()
                .orElseThrow(() -> new IllegalStateException("corpus not found; pass its directory"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Corpus.Page> pages = Corpus.load(dir);
        List<byte[]> bodies = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Corpus.Page page : pages) {
            bodies.add(page.bytes());
            urls.add(page.usableUrl());
        }
        ArticleExtractor extractor = new ArticleExtractor();
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            runOnce(extractor, bodies, urls, null);
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        long[] latencies = new long[bodies.size() * rounds];
        int failures = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            failures += runOnce(extractor, bodies, urls, new Slice(latencies, r * bodies.size()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "ours pages=%d rounds=%d failures=%d seconds=%.2f pages_per_s=%.1f"
                        + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f peak_heap_mb=%.1f max_heap_mb=%.0f%n",
                bodies.size(), rounds, failures, seconds, bodies.size() * rounds / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
                latencies[latencies.length - 1] / 1e6, peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private record Slice(long[] into, int offset) {
    }

    private static int runOnce(ArticleExtractor extractor, List<byte[]> bodies, List<String> urls, Slice timing) {
        int failures = 0;
        for (int i = 0; i < bodies.size(); i++) {
            long t0 = System.nanoTime();
            try {
                extractor.extract(bodies.get(i), urls.get(i), null);
            } catch (ExtractionException e) {
                failures++;
            }
            if (timing != null) {
                timing.into()[timing.offset() + i] = System.nanoTime() - t0;
            }
        }
        return failures;
    }
}
