package io.macrodigest.analysis;
import io.macrodigest.analysis.drivers.Driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The real example articles from ../shared/seeds (read in place, skipped when absent). */
class SeedArticlesTest {

    private final EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();

    static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Corpora.seeds())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    @Test
    void frameworkArticleNamesAllFiveDriversWithEvidence() throws IOException {
        String text = seed("002");
        Analysis a = analyzer.analyze(AnalysisInput.of(null, text));
        print(a);
        Set<Driver> found = EnumSet.noneOf(Driver.class);
        for (Analysis.DriverTag tag : a.drivers()) {
            found.add(tag.driver());
            assertFalse(tag.evidence().isEmpty(), tag.driver() + " has no evidence");
            tag.evidence().forEach(e -> assertTrue(text.contains(e), "evidence not verbatim: " + e));
            assertTrue(tag.tone() >= -1 && tag.tone() <= 1);
            assertTrue(tag.confidence() >= 0 && tag.confidence() <= 1);
        }
        assertEquals(EnumSet.allOf(Driver.class), found);
        assertTrue(a.summary().startsWith("This article introduces a new series"), "the Özet block is the summary");
    }

    @Test
    void structuredDigestYieldsInsightsQuotesAndActions() throws IOException {
        String text = seed("001");
        Analysis a = analyzer.analyze(AnalysisInput.of(null, text));
        print(a);
        assertTrue(a.insights().size() >= 3 && a.insights().size() <= 7);
        a.insights().forEach(i -> assertFalse(i.impact().isBlank()));
        assertTrue(a.insights().get(0).insight().startsWith("Major tech companies like Microsoft and Amazon"));
        assertTrue(a.insights().get(0).impact().startsWith("This convergence positions Bitcoin miners"));
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith("Microsoft signed a $10 billion deal")));
        List<String> actions = a.actionItems().stream().map(Analysis.ActionItem::action).toList();
        assertTrue(actions.stream().anyMatch(x -> x.startsWith("Monitor global government policies")), actions::toString);
        assertTrue(actions.stream().anyMatch(x -> x.startsWith("Consider incorporating Bitcoin")), actions::toString);
        a.actionItems().forEach(x -> assertTrue(x.impact() == null || !x.impact().isBlank()));
        assertTrue(a.assets().stream().anyMatch(t -> t.asset().equals("btc")));
        assertTrue(a.assets().stream().anyMatch(t -> t.asset().equals("bitcoin-miners")));
    }

    @Test
    void communityPostTagsRatesAssetsAndAdvice() throws IOException {
        String text = seed("000");
        Analysis a = analyzer.analyze(AnalysisInput.of(null, text));
        print(a);
        assertTrue(a.drivers().stream().anyMatch(d -> d.driver() == Driver.RATES && d.direction().equals("cutting")),
                a.drivers()::toString);
        assertTrue(a.assets().stream().anyMatch(t -> t.asset().equals("gold")));
        assertTrue(a.assets().stream().anyMatch(t -> t.asset().equals("us-tech")));
        assertTrue(a.insights().size() >= 3);
    }

    @Test
    void communityPostSummaryLeadsWithTheNewsNotTheGreetingOrMojibake() throws IOException {
        String text = seed("000");
        Analysis a = analyzer.analyze(AnalysisInput.of(null, text));
        print(a);
        assertFalse(a.summary().startsWith("Hey"), a.summary());
        assertFalse(a.summary().contains("community"), a.summary());
        for (String garbled : List.of("πŸ", "Ÿ", "â€", "Ã")) {
            assertFalse(a.summary().contains(garbled), a.summary());
            a.insights().forEach(i -> assertFalse(i.insight().contains(garbled), i.insight()));
            a.quotes().forEach(q -> assertFalse(q.text().contains(garbled), q.text()));
        }
        int words = a.summary().split("\\s+").length;
        assertTrue(words >= 20 && words <= 90, words + " words: " + a.summary());
        a.quotes().forEach(q -> assertFalse(q.text().equals("real money") || q.text().startsWith("Eliza"), q.text()));
    }

    static void print(Analysis a) {
        if (!Boolean.getBoolean("analysis.print")) {
            return;
        }
        System.out.println("SUMMARY: " + a.summary());
        a.insights().forEach(i -> System.out.println("INSIGHT: " + i.insight() + "\n   -> " + i.impact()));
        a.quotes().forEach(q -> System.out.println("QUOTE: " + q.text() + "  -- " + q.speaker()));
        a.actionItems().forEach(x -> System.out.println("ACTION: " + x.action() + "\n   -> " + x.impact()));
        a.drivers().forEach(d -> System.out.println("DRIVER: " + d.driver() + " tone=" + d.tone() + " " + d.direction()
                + " conf=" + d.confidence() + " " + d.evidence()));
        a.assets().forEach(x -> System.out.println("ASSET: " + x));
        System.out.println("SENTIMENT: " + a.sentiment() + " STANCE: " + a.stance());
    }
}
