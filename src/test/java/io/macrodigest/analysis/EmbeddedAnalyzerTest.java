package io.macrodigest.analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.summary.InsightExtractor;
import io.macrodigest.analysis.text.SentenceSplitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Structure of the record on short articles written for these tests. */
class EmbeddedAnalyzerTest {

    private static final String FED_ARTICLE = """
            Fed Cuts Rates and Signals More Easing Ahead

            The Federal Reserve cut interest rates by 25 basis points on Wednesday, its second cut this year, as inflation cooled and the labor market softened. "The risks to employment have risen," Chair Jerome Powell said at a press conference.

            Consumer prices rose 2.4% in the year to August, down from 3.1% in the spring. Officials projected two more rate cuts next year, which would take the policy rate to 3.4%.

            Treasury yields fell and the dollar weakened after the decision. Gold climbed to a record high, while bitcoin rose 4%.

            The economy is still growing, but job gains have slowed sharply since the summer. As a result, traders now price a further cut in December.

            Investors should monitor the next payrolls report closely. Consider adding duration to bond portfolios to lock in yields before further cuts.
            """;

    private final EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();

    @Test
    void theMarketsReactionDecidesGoodNewsThatHurts() {
        String text = "Retail sales rose more than expected in October, led by spending at restaurants. Traders "
                + "pushed back bets on a December rate cut after the report, and stocks %s, with the S&P 500 %s 1.3%%.";
        Analysis fell = analyzer.analyze(AnalysisInput.of("US retail sales beat forecasts",
                text.formatted("fell", "down")));
        Analysis rose = analyzer.analyze(AnalysisInput.of("US retail sales beat forecasts",
                text.formatted("rose", "up")));
        assertEquals(Sentiment.Label.NEGATIVE, fell.sentiment().label(), fell::toString);
        assertEquals(Sentiment.Label.POSITIVE, rose.sentiment().label(), rose::toString);
    }

    @Test
    void aKeyQuoteIsNotRepeatedAsAnInsight() {
        String text = "The central bank of Norway held its policy rate at 4.5% on Thursday, as expected, and said it "
                + "would likely cut once or twice next year. Governor Ida Wolden Bache said inflation had come down "
                + "but remained too high. \"We will move carefully, because price growth in services is still far "
                + "too strong for comfort,\" Wolden Bache told reporters in Oslo. The krone firmed 0.4% against the "
                + "euro after the decision. Economists at a Nordic bank now expect the first cut in March next year.";
        Analysis a = analyzer.analyze(AnalysisInput.of("Norges Bank holds at 4.5%", text));
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith("We will move carefully")), a::toString);
        assertTrue(a.insights().stream().noneMatch(i -> i.insight().contains("We will move carefully")), a::toString);
    }

    @Test
    void recordHasAllPartsWithTheirShapes() {
        Analysis a = analyzer.analyze(new AnalysisInput("Fed cuts rates", FED_ARTICLE, null, false));
        assertEquals(EmbeddedAnalyzer.ENGINE, a.engine());
        int summarySentences = new SentenceSplitter().split(a.summary()).size();
        assertTrue(summarySentences >= 2 && summarySentences <= 4, a.summary());
        assertTrue(a.insights().size() >= 3 && a.insights().size() <= 7, a.insights()::toString);
        a.insights().forEach(i -> assertTrue(i.impact() == null || !i.impact().isBlank()));
        for (int i = 0; i < a.insights().size(); i++) {
            for (int j = i + 1; j < a.insights().size(); j++) {
                assertFalse(InsightExtractor.similar(a.insights().get(i).insight(), a.insights().get(j).insight()));
            }
        }
        assertEquals("The risks to employment have risen", a.quotes().get(0).text());
        assertEquals("Jerome Powell", a.quotes().get(0).speaker());
        assertEquals(2, a.actionItems().size(), a.actionItems()::toString);
        assertEquals("Locks in yields before further cuts.", a.actionItems().get(1).impact());
        Analysis.DriverTag rates = a.drivers().stream().filter(d -> d.driver() == Driver.RATES).findFirst().orElseThrow();
        assertEquals("cutting", rates.direction());
        assertTrue(rates.tone() > 0);
        assertEquals(Stance.DOVISH, a.stance());
        List<String> assets = a.assets().stream().map(Analysis.AssetTag::asset).toList();
        assertTrue(assets.containsAll(List.of("gold", "btc", "usd", "treasuries")), assets::toString);
        Analysis.AssetTag gold = a.assets().stream().filter(t -> t.asset().equals("gold")).findFirst().orElseThrow();
        assertTrue(gold.sentiment() > 0);
    }

    @Test
    void statedConsequencesBecomeImpacts() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, FED_ARTICLE));
        assertTrue(a.insights().stream().anyMatch(i -> i.impact() != null && i.impact().startsWith("Which would take the policy rate")
                || i.impact() != null && i.impact().startsWith("As a result")), a.insights()::toString);
    }

    @Test
    void extraAssetLinesExtendTheVocabulary() {
        EmbeddedAnalyzer extended = EmbeddedAnalyzer.create(List.of("uranium | Uranium | uranium, U3O8"));
        Analysis a = extended.analyze(AnalysisInput.of(null, "Uranium prices jumped 10% as utilities signed new contracts."));
        assertEquals("uranium", a.assets().get(0).asset());
    }

    @Test
    void shortTickersMatchOnlyInCapitals() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, "Eth Zurich published a study on the sol of the region."));
        assertTrue(a.assets().isEmpty(), a.assets()::toString);
    }

    @Test
    void emptyAndOneLineTextsDoNotFail() {
        assertEquals("", analyzer.analyze(AnalysisInput.of(null, "")).summary());
        Analysis a = analyzer.analyze(AnalysisInput.of("t", "Gold rose."));
        assertTrue(a.insights().size() <= 1);
    }
}
