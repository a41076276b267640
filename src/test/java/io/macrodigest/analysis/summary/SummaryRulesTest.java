package io.macrodigest.analysis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.EmbeddedAnalyzer;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.sentiment.FinancialLexicon;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Background;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Summaries, insights, impacts and action items on short articles written for these rules. */
class SummaryRulesTest {

    private static final String RESULTS = """
            Hey everyone 👋, welcome back to the channel! Don't forget to subscribe to our newsletter for more updates.

            Northwind Logistics reported third-quarter revenue of $4.2 billion, up 12% from a year earlier, and \
            raised its full-year earnings guidance to $5.10 to $5.30 per share from $4.80.

            Chief executive Maria Olsen said demand from retailers stayed firm through September. The company \
            opened two new hubs in Texas during the quarter.

            Operating margin widened to 9.1% from 8.4%, helped by lower fuel costs and better pricing.

            Shares rose 6% in early trading after the results. Analysts had expected revenue of $4.0 billion.

            The board also approved a $500 million share buyback programme that runs through 2026.

            Click here to read more of our coverage. Follow us on X for live updates.
            """;

    private final EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();

    @Test
    void summaryLeadsWithWhoDidWhatWithTheFigures() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, RESULTS));
        assertTrue(a.summary().startsWith("Northwind Logistics reported third-quarter revenue of $4.2 billion"),
                a.summary());
        int words = a.summary().split("\\s+").length;
        assertTrue(words >= 40 && words <= 90, words + " words: " + a.summary());
        for (String chatter : List.of("Hey", "subscribe", "Click here", "Follow us", "welcome")) {
            assertFalse(a.summary().contains(chatter), a.summary());
            a.insights().forEach(i -> assertFalse(i.insight().contains(chatter), i.insight()));
        }
    }

    @Test
    void aOneParagraphWireStoryLeadsWithItsFirstSentence() {
        String body = "The Riksbank left its policy rate at 2.50% on Wednesday, surprising investors who had been almost"
                + " certain of a quarter-point reduction after a run of soft readings on Swedish inflation. Governor Anna"
                + " Berg said the board wanted to see whether a recent pick-up in wage deals and services prices would"
                + " last before easing again, and declined to say how long the pause would run. \"We are not in a"
                + " hurry,\" she said. New staff forecasts raised the projection for core inflation next year to 2.4%"
                + " from 2.2%. The krona jumped 1.0% to 10.95 per euro, its biggest gain in two months, and the yield on"
                + " two-year Swedish debt rose 11 basis points. Swedish stocks turned lower after the announcement, with"
                + " the OMX Stockholm 30 closing down 1.2% and property shares among the weakest. Money markets now"
                + " price only one more cut this year, compared with two before the meeting.";
        Analysis a = analyzer.analyze(AnalysisInput.of("Riksbank unexpectedly holds rates, dashing bets on a cut", body));
        assertTrue(a.summary().startsWith("The Riksbank left its policy rate at 2.50% on Wednesday"), a.summary());
    }

    @Test
    void theSentenceAfterTheLeadIsNotOutrankedByLaterMarketColour() {
        String body = "Factory activity in Canada shrank for a third month in October as export orders dried up, a"
                + " survey showed on Monday. The purchasing managers' index dropped to 46.2 from 48.9, its lowest"
                + " since the pandemic. Employment fell and suppliers' delivery times shortened. Traders added to"
                + " bets on a Bank of Canada cut, the loonie lost 0.6% to 1.3950 per US dollar, two-year yields"
                + " fell 9 basis points to 2.61% and the TSX slipped 0.4%, with energy shares down 1.3%.";
        Analysis a = analyzer.analyze(AnalysisInput.of("Canadian factories shrink again as orders dry up", body));
        assertTrue(a.summary().contains("46.2"), a.summary());
    }

    @Test
    void summaryLengthIsConfigurable() {
        SentenceSplitter splitter = new SentenceSplitter();
        EmbeddedAnalyzer shortOne = new EmbeddedAnalyzer(new SentimentScorer(new FinancialLexicon(), splitter),
                splitter, new MacroLexicon(), List.of(), 20);
        String summary = shortOne.analyze(AnalysisInput.of(null, RESULTS)).summary();
        int words = summary.split("\\s+").length;
        assertTrue(words <= 30, words + " words: " + summary);
        assertTrue(summary.contains("$4.2 billion"), summary);
    }

    @Test
    void insightsRepeatNeitherTheSummaryNorEachOther() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, RESULTS));
        assertTrue(a.insights().size() >= 3, a.insights()::toString);
        for (int i = 0; i < a.insights().size(); i++) {
            String insight = a.insights().get(i).insight();
            assertFalse(a.summary().contains(insight), insight);
            for (int j = i + 1; j < a.insights().size(); j++) {
                assertFalse(InsightExtractor.similar(insight, a.insights().get(j).insight()));
            }
        }
    }

    @Test
    void impactIsSpecificOrOmitted() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, RESULTS));
        for (Analysis.Insight i : a.insights()) {
            assertTrue(i.impact() == null || !i.impact().contains("states no direct market consequence"), i.impact());
        }
        Analysis plain = analyzer.analyze(AnalysisInput.of(null, """
                The museum reopened its east wing on Saturday after a two-year renovation of the roof and galleries.
                Visitors queued along the river to see the restored ceiling paintings, which date from 1820.
                The city council paid for most of the work, with a grant from a heritage foundation covering the rest.
                The west wing will close next spring for the same kind of work on its windows and floors.
                """));
        plain.insights().forEach(i -> assertNull(i.impact(), i.insight()));
    }

    @Test
    void statedConsequenceBecomesTheImpact() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, """
                The central bank of Norway kept its policy rate at 4.5% on Thursday, as expected by economists.
                Inflation in Norway slowed to 2.9% in October, which gives the bank room to start cutting in early \
                2026 and supports the krone against the euro.
                Housing prices in Oslo fell 1.2% in the third quarter as mortgage costs stayed high.
                Oil output from the North Sea fields rose to a record in September, lifting export revenue.
                """));
        List<String> stated = List.of("Which gives the bank room to start cutting in early 2026 and supports the krone "
                + "against the euro.", "Lifting export revenue.");
        assertTrue(a.insights().stream().anyMatch(i -> stated.contains(i.impact())), a.insights()::toString);
        for (Analysis.Insight i : a.insights()) {
            assertFalse(i.impact() != null && i.insight().toLowerCase().contains(i.impact().toLowerCase()
                    .replace(".", "")), "the insight repeats its impact: " + i);
        }
    }

    @Test
    void actionItemsOnlyWhereTheTextAdvises() {
        Analysis news = analyzer.analyze(AnalysisInput.of(null, RESULTS));
        assertEquals(List.of(), news.actionItems());
        Analysis advice = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\nInvestors should consider trimming positions in trucking stocks before the holiday season.\n"));
        assertEquals(1, advice.actionItems().size(), advice.actionItems()::toString);
        assertTrue(advice.actionItems().get(0).action().startsWith("Investors should consider trimming"));
        Analysis nouns = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\nUse of the discount window dropped to $2 billion last week as bank funding improved.\n"
                + "Research is scarce on how the levy changed freight volumes.\n"
                + "\"We should be patient,\" the central bank's deputy governor said on Tuesday.\n"));
        assertEquals(List.of(), nouns.actionItems());
    }

    @Test
    void aQuotedWeIsTheSpeakersInstitution() {
        Analysis quoted = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\n'We should be cautious about cutting too soon,' the central banker told lawmakers.\n"
                + "\"Inflation is still above target. We must see more progress before we move,\" she said.\n"
                + "“Demand is cooling.\nWe need to see it in services too,” the governor added.\n"));
        assertEquals(List.of(), quoted.actionItems());
        Analysis advice = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\nAfter the bank's 'higher for longer' message and the '90s-style rally, we recommend trimming "
                + "duration in bond portfolios.\n"));
        assertEquals(1, advice.actionItems().size(), advice.actionItems()::toString);
    }

    @Test
    void greetingsAreWordsNotPrefixes() {
        assertTrue(NewsCues.isChatter(new Sentence("Hi everyone, welcome back to the show.", 0, 0, Sentence.Kind.BODY, null)));
        assertFalse(NewsCues.isChatter(new Sentence("High-yield spreads widened to 450 basis points this week.", 0, 0,
                Sentence.Kind.BODY, null)));
        assertFalse(NewsCues.isChatter(new Sentence("Higher borrowing costs weighed on builders.", 0, 0,
                Sentence.Kind.BODY, null)));
    }

    @Test
    void theLeadInToAListIsNotAClaim() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\nFor long-term holders of the stock, three numbers from the quarter stand out above all others:\n"));
        assertTrue(a.insights().stream().noneMatch(i -> i.insight().endsWith(":")), a.insights()::toString);
        assertFalse(a.summary().contains("stand out above all others"), a.summary());
    }

    @Test
    void theSentenceThatTellsTheHeadlineLeads() {
        String body = "A container line said its fuel bill fell 18% to $1.2 billion in the third quarter after it slowed"
                + " its ships on Asia-Europe routes. Quarterly profit rose 9% to $640 million, beating estimates, and"
                + " volumes grew 3%. The company raised its full-year forecast for operating profit and said it would"
                + " return $300 million to shareholders. Its shares rose 4% in early trading.";
        Analysis titled = analyzer.analyze(AnalysisInput.of("Shipping line's fuel bill falls as it slows its ships", body));
        assertTrue(titled.summary().startsWith("A container line said its fuel bill fell 18%"), titled.summary());
    }

    @Test
    void whatHadBeenFearedIsBackgroundNotTheLead() {
        String body = "The port authority said on Tuesday it would keep its fees unchanged for at least two years,"
                + " collecting about $2.4 billion from shipping lines, in line with what carriers had expected."
                + " Some shipping lines had feared the authority would raise charges on larger vessels to fund wider"
                + " deficits. Shares of carriers rose 3% after the announcement. Freight rates were little changed.";
        Analysis a = analyzer.analyze(AnalysisInput.of("Port authority keeps fees steady, carriers rise", body));
        assertTrue(a.summary().startsWith("The port authority said on Tuesday"), a.summary());
        assertTrue(Background.is(new SentenceSplitter().split("The token had fallen to 87 cents.").get(0)));
        assertFalse(Background.is(new SentenceSplitter().split(
                "The token rose to $1, though it had fallen to 87 cents on Sunday.").get(0)));
    }

    @Test
    void aStatedPurposeIsSaidAsWhatTheActionDoes() {
        assertEquals("Acts as a hedge against currency debasement.",
                ActionItemFinder.purposeAsImpact("as a hedge against currency debasement."));
        assertEquals("Protects gains made this year.", ActionItemFinder.purposeAsImpact("to protect gains made this year."));
        assertEquals("Diversifies away from megacap tech.",
                ActionItemFinder.purposeAsImpact("in order to diversify away from megacap tech."));
        assertEquals("A sudden drop does not force a sale.",
                ActionItemFinder.purposeAsImpact("so that a sudden drop does not force a sale."));
        Analysis advice = analyzer.analyze(AnalysisInput.of(null, RESULTS
                + "\nInvestors should consider adding gold to their portfolios to hedge against a weaker dollar.\n"));
        assertEquals("Hedges against a weaker dollar.", advice.actionItems().get(0).impact());
    }

    @Test
    void claimTrimmerKeepsTheClaim() {
        assertEquals("Operating margin widened to 9.1% from 8.4%.",
                ClaimTrimmer.trim("Operating margin widened to 9.1% from 8.4%, helped by lower fuel costs."));
        assertEquals("Revenue rose 12% to $4.2 billion in the quarter.",
                ClaimTrimmer.trim("In total, revenue rose 12% to $4.2 billion in the quarter."));
        assertEquals("Sales fell, driven by weather.", ClaimTrimmer.trim("Sales fell, driven by weather."));
        assertEquals("Goldman Sachs anticipates a rate cut in December.",
                ClaimTrimmer.trim("Rate Cuts Expected: Goldman Sachs anticipates a rate cut in December."));
        assertEquals("Goldman Sachs anticipates a rate cut in December.",
                ClaimTrimmer.trim("Rate Cuts Expected: Goldman Sachs anticipates a rate cut in December ✂️."));
    }

    @Test
    void claimTrimmerKeepsFiguresAndDropsPreamblesAndColour() {
        String figureInTail = "Freight volumes grew across every region, resulting in an operating margin of 11.2%.";
        assertEquals(figureInTail, ClaimTrimmer.trim(figureInTail));
        assertEquals("Quarterly revenue climbed 8% to $910 million.",
                ClaimTrimmer.trim("I'm pleased to report that quarterly revenue climbed 8% to $910 million."));
        assertEquals("Net sales rose 7% to $2.1 billion.",
                ClaimTrimmer.trim("Net sales rose 7% to $2.1 billion, while demand from retailers stayed firm."));
        String expected = "The bank held its deposit rate at 3.5% on Tuesday, as expected by economists.";
        assertEquals(expected, ClaimTrimmer.trim(expected));
        String consequence = "Inflation eased to 2.4% in May, which gives the bank room to cut later this year.";
        assertEquals(consequence, ClaimTrimmer.trim(consequence));
        // a contrast is often the news itself: a hold as expected, but a signal of what comes next
        String contrast = "The bank kept its main rate at 3% as forecast, but its governor said a cut could come in"
                + " the spring.";
        assertEquals(contrast, ClaimTrimmer.trim(contrast));
    }

    @Test
    void claimTrimmerDropsTheComparisonWithAnEarlierPeriod() {
        assertEquals("Net income was $52 million, or $0.61 per diluted share.", ClaimTrimmer.trim("Net income was "
                + "$52 million, or $0.61 per diluted share, compared to $47 million in the prior-year quarter."));
        assertEquals("Parcel revenue rose 9% to $1.3 billion in the third quarter.", ClaimTrimmer.trim(
                "Parcel revenue rose 9% to $1.3 billion in the third quarter from $1.2 billion a year earlier."));
        // Dropping it would leave "… was" without its complement.
        String dangling = "The specialty margin of 10.6% in the quarter was up from 9.8% a year ago, but down "
                + "from 13.2% in spring.";
        assertEquals(dangling, ClaimTrimmer.trim(dangling));
    }

    @Test
    void keyFiguresOfAResultsStoryOutrankOtherFigures() {
        double perShare = NewsCues.factScore(sentence("Adjusted earnings per diluted share were $1.42 for the quarter."));
        double bookValue = NewsCues.factScore(sentence("Book value per share rose to $31.20 at the end of the quarter."));
        double margin = NewsCues.factScore(sentence("Gross margin improved to 41.2% of sales for the quarter."));
        assertTrue(perShare > bookValue && perShare > margin, perShare + " vs " + bookValue + ", " + margin);
        double range = NewsCues.factScore(sentence("We now expect full-year revenue of $8.1 billion to $8.3 billion."));
        double point = NewsCues.factScore(sentence("We now expect full-year revenue of about $8.2 billion."));
        assertTrue(range > point, range + " vs " + point);
    }

    @Test
    void aMoveToALevelIsNotARangeButADashedSpanIs() {
        double move = NewsCues.factScore(sentence("The index rose 0.8% to 104.2 on Tuesday."));
        double span = NewsCues.factScore(sentence("The index traded in a range of 103.1 to 104.2 on Tuesday."));
        assertTrue(span > move, span + " vs " + move);
        double dashed = NewsCues.factScore(sentence("The bank held its policy rate in a 3.75%-4.00% range."));
        double single = NewsCues.factScore(sentence("The bank held its policy rate at 3.75% on Tuesday."));
        assertTrue(dashed > single, dashed + " vs " + single);
    }

    @Test
    void anExtremeLevelCountsAsAFigure() {
        double extreme = NewsCues.factScore(sentence("The yen fell to a three-year low against the euro."));
        double plain = NewsCues.factScore(sentence("The yen fell against the euro on the news."));
        assertTrue(extreme > plain, extreme + " vs " + plain);
        assertTrue(NewsCues.factScore(sentence("Copper climbed to its highest since May on supply worries."))
                > NewsCues.factScore(sentence("Copper climbed on supply worries in the afternoon session.")));
    }

    @Test
    void callSummaryStatesItsResultsAndGuidance() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, """
                Good morning, and thank you for joining the Harbor Valve third quarter earnings call.
                I'm proud of how our teams served customers through a busy season at our plants in Ohio and Quebec.
                Our people kept every line running while we opened the new foundry ahead of plan.
                We remain focused on safety, on quality and on the long-term relationships with our distributors.
                Third quarter sales rose 7% to $612 million, with growth in both of our segments.
                Adjusted earnings per diluted share were $1.18, compared to $0.97 in the prior-year quarter.
                Gross margin improved 80 basis points to 34.6%, as pricing more than covered higher steel costs.
                Our team in Quebec also completed the move to the new warehouse, which went smoothly.
                For the full year, we now expect adjusted earnings per share of $4.40 to $4.55.
                We also returned $45 million to shareholders through dividends and share repurchases.
                Thank you, and with that, operator, we are ready to take questions.
                """));
        String all = a.summary() + " " + a.insights().stream().map(Analysis.Insight::insight).toList();
        assertTrue(a.summary().contains("$1.18"), a.summary());
        assertTrue(all.contains("$4.40 to $4.55") && all.contains("$612 million"), all);
        assertFalse(all.contains("$0.97"), all);
    }

    @Test
    void callOfSpeakerTurnsIsSummarisedFromItsTurns() {
        Analysis a = analyzer.analyze(AnalysisInput.of(null, """
                Harbor Valve Q3 2026 earnings call transcript, prepared remarks and questions from analysts.

                Operator: Good morning, and welcome to the Harbor Valve third quarter earnings call. This call is \
                being recorded.

                Dana Whitfield: Thank you, operator. I'm proud of how our teams served customers through a busy \
                season at our plants in Ohio and Quebec.

                Dana Whitfield: Third quarter sales rose 7% to $612 million, with growth in both of our segments. \
                Adjusted earnings per diluted share were $1.18, compared to $0.97 in the prior-year quarter.

                Marcus Lee: Thanks, Dana. Gross margin improved 80 basis points to 34.6%. For the full year, we now \
                expect adjusted earnings per share of $4.40 to $4.55.

                Tom Baker: Thanks for taking my question. Can you talk about steel costs into next year?

                Marcus Lee: Sure, Tom. We expect steel costs to ease slightly in the first half.
                """));
        assertTrue(a.summary().contains("$1.18") && a.summary().contains("$4.40 to $4.55"), a.summary());
        assertFalse(a.summary().contains("welcome") || a.summary().contains("Thank"), a.summary());
        assertEquals("I'm proud of how our teams served customers.",
                ClaimTrimmer.trim("I'm proud of how our teams served customers."));
    }

    private static Sentence sentence(String text) {
        return new Sentence(text, 0, 0, Sentence.Kind.BODY, null);
    }
}
