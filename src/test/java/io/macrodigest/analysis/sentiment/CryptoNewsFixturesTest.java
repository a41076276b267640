package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.EmbeddedAnalyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crypto headlines and short articles we wrote (src/test/resources/analysis/crypto), one or more for each kind
 * of crypto event: price action and its size, ETF flows, hacks, enforcement, approvals, listings and delistings,
 * stablecoin supply, miners, liquidations, partnerships, upgrades. Each states its label and, per asset, the
 * direction the news has for it: {@code btc+}, {@code eth-}, or {@code sol0} for a mention with no view.
 */
class CryptoNewsFixturesTest {

    private static final double DIRECTION = 0.05;
    private static final double NO_VIEW = 0.3;
    private static final List<String> ARTICLES = List.of("etf-inflows-rally", "bridge-hack", "exchange-lawsuit",
            "stablecoin-growth", "miner-capitulation", "mixed-market", "liquidation-cascade");

    private static final SentimentScorer SCORER = SentimentScorer.create();
    private static final EmbeddedAnalyzer ANALYZER = EmbeddedAnalyzer.create();

    static Stream<String[]> headlines() {
        List<String> lines = read("headlines.tsv").lines().skip(1).filter(l -> !l.isBlank()).toList();
        return lines.stream().map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("headlines")
    void headlineLabelAndAssetDirections(String label, String assets, String headline) {
        assertEquals(label, SCORER.score(headline).label().id(), headline);
        Analysis analysis = ANALYZER.analyze(new AnalysisInput(null, headline, null, false));
        assertDirections(assets, analysis, headline);
    }

    static Stream<String> articles() {
        return ARTICLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articleLabelAndAssetDirections(String name) {
        String file = read("articles/" + name + ".txt");
        String[] parts = file.split("\n\n", 2);
        Map<String, String> header = parts[0].lines().map(l -> l.split(":", 2))
                .collect(Collectors.toMap(kv -> kv[0].strip(), kv -> kv[1].strip()));
        Analysis analysis = ANALYZER.analyze(new AnalysisInput(null, parts[1], null, false));
        if (!header.get("label").equals("-")) {
            assertEquals(header.get("label"), analysis.sentiment().label().id(), name);
        }
        assertDirections(header.get("assets"), analysis, name);
    }

    private static void assertDirections(String expected, Analysis analysis, String what) {
        if (expected.equals("-")) {
            return;
        }
        Map<String, Double> found = analysis.assets().stream()
                .collect(Collectors.toMap(Analysis.AssetTag::asset, Analysis.AssetTag::sentiment));
        for (String e : Arrays.asList(expected.split(" "))) {
            String asset = e.substring(0, e.length() - 1);
            char direction = e.charAt(e.length() - 1);
            Double score = found.get(asset);
            assertNotNull(score, () -> what + ": " + asset + " not tagged in " + found);
            switch (direction) {
                case '+' -> assertTrue(score > DIRECTION, () -> what + ": " + asset + " should be positive: " + found);
                case '-' -> assertTrue(score < -DIRECTION, () -> what + ": " + asset + " should be negative: " + found);
                default -> assertTrue(Math.abs(score) < NO_VIEW, () -> what + ": " + asset + " has no view: " + found);
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = CryptoNewsFixturesTest.class.getResourceAsStream("/analysis/crypto/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
