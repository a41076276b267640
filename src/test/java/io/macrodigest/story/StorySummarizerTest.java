package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.macrodigest.analysis.text.SentenceSplitter;
import io.macrodigest.analysis.text.TextSimilarity;

class StorySummarizerTest {

    final StorySummarizer summarizer = new StorySummarizer(new SentenceSplitter());

    static final String WIRE = "The Federal Reserve lowered its benchmark rate by a quarter point to a range of 3.5% to 3.75% on Wednesday.";

    final StorySummarizer.Source first = new StorySummarizer.Source(1, "Daily Ledger", "https://ledger.example/fed",
            WIRE + " Officials signalled that further cuts would come more slowly next year.\n\n"
                    + "Three policymakers dissented from the decision, the most since 2019.\n\n"
                    + "Stocks edged higher in afternoon trading after the announcement.", null);
    final StorySummarizer.Source second = new StorySummarizer.Source(2, "Market Courier", "https://courier.example/powell",
            "Powell delivered a December cut but hinted at a slower pace of easing ahead. "
                    + "The Federal Reserve lowered its benchmark rate by a quarter point to a range of 3.5% to 3.75% on Wednesday, its third cut this year.\n\n"
                    + "The central bank's projections showed only one reduction pencilled in for next year.\n\n"
                    + "Treasury yields slipped as traders digested the projections.", null);
    final StorySummarizer.Source third = new StorySummarizer.Source(3, "Coin Wire", "https://coins.example/fed",
            "Policymakers at the Federal Reserve cut rates by a quarter point and signalled a slower pace of cuts next year.\n\n"
                    + "Bitcoin fell 3% in the hour after the decision as the dollar firmed.", null);

    @Test
    void everyLineIsVerbatimFromTheArticleItIsCreditedTo() {
        List<StorySummarizer.Source> sources = List.of(first, second, third);
        Map<Long, StorySummarizer.Source> byId = sources.stream()
                .collect(Collectors.toMap(StorySummarizer.Source::articleId, Function.identity()));
        List<StorySummarizer.Line> lines = summarizer.summarize(sources);
        assertTrue(lines.size() >= 3 && lines.size() <= 5, "lines: " + lines);
        for (StorySummarizer.Line line : lines) {
            StorySummarizer.Source source = byId.get(line.articleId());
            assertTrue(source.text().contains(line.text()), line + " is not in article " + line.articleId());
            assertEquals(source.outlet(), line.outlet());
            assertEquals(source.url(), line.url());
        }
    }

    @Test
    void theKeyFactsComeFromSeveralOutletsAndNoneIsSaidTwice() {
        List<StorySummarizer.Line> lines = summarizer.summarize(List.of(first, second, third));
        assertTrue(lines.stream().map(StorySummarizer.Line::articleId).distinct().count() >= 2,
                "facts from more than one outlet: " + lines);
        // the decision itself, reported by every outlet, leads the story
        assertTrue(lines.getFirst().text().contains("quarter point"), "lead: " + lines.getFirst());
        // the wire sentence at two outlets, one with a clause added, is kept once
        assertEquals(1, lines.stream().filter(l -> l.text().startsWith("The Federal Reserve lowered")).count(), lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                double cosine = TextSimilarity.cosine(lines.get(i).text(), lines.get(j).text());
                assertTrue(cosine < 0.6, "near-duplicates " + lines.get(i) + " / " + lines.get(j) + ": " + cosine);
            }
        }
    }

    @Test
    void aSentenceCarriedVerbatimByTwoOutletsIsCreditedToTheEarliest() {
        StorySummarizer.Source copy = new StorySummarizer.Source(4, "Syndicate", "https://syndicate.example/fed",
                first.text(), null);
        List<StorySummarizer.Line> lines = summarizer.summarize(List.of(first, copy));
        assertEquals(1, lines.stream().filter(l -> l.text().equals(WIRE)).count(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.articleId() == 1), "the earliest carries them: " + lines);
        assertEquals(lines.size(), lines.stream().map(StorySummarizer.Line::text).distinct().count());
    }

    @Test
    void aSingleArticleGivesItsLeadAndFavoursItsOwnSummary() {
        String chosen = "Three policymakers dissented from the decision, the most since 2019.";
        StorySummarizer.Source summarised = new StorySummarizer.Source(1, first.outlet(), first.url(), first.text(), chosen);
        List<StorySummarizer.Line> lines = summarizer.summarize(List.of(summarised));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.text().equals(chosen)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.text().equals(WIRE)), lines.toString());
    }

    @Test
    void oneArticlesLinesAreToldInItsOwnOrder() {
        assertEquals(List.of(1, 5, 3, 4), StorySummarizer.inTextOrderWithinEachArticle(List.of(4, 5, 1, 3),
                List.of(0, 0, 1, 0, 0, 1)));
        String text = "A crypto exchange said hackers had stolen about $230 million in tokens from one of its hot wallets,"
                + " and it suspended withdrawals while it investigated. Ether fell 4% after the news and tokens listed"
                + " mainly on the exchange dropped as much as 20%. The exchange said it would cover customer losses.";
        String summary = "A crypto exchange said hackers had stolen about $230 million in tokens from one of its hot wallets."
                + " Ether fell 4% after the news and tokens listed mainly on the exchange dropped as much as 20%.";
        List<StorySummarizer.Line> lines = summarizer.summarize(List.of(
                new StorySummarizer.Source(1, "Wire", "https://wire.example/hack", text, summary)));
        assertTrue(lines.getFirst().text().startsWith("A crypto exchange said hackers"), lines.toString());
    }

    @Test
    void articlesWithoutTextGiveNoLines() {
        assertTrue(summarizer.summarize(List.of()).isEmpty());
        assertTrue(summarizer.summarize(List.of(new StorySummarizer.Source(9, "x", "https://x.example/", null, "S."),
                new StorySummarizer.Source(10, "y", "https://y.example/", "  ", null))).isEmpty());
    }

    @Test
    void aLongTextIsReadOnlyUpToItsLeadAndCutAtALineBreak() {
        String paragraph = "Inflation cooled for a third month as energy prices fell across the region. ";
        String text = (paragraph.repeat(8) + "\n\n").repeat(20);
        String lead = StorySummarizer.lead(text);
        assertTrue(lead.length() <= StorySummarizer.LEAD_CHARS && lead.length() > StorySummarizer.LEAD_CHARS / 2);
        assertTrue(text.startsWith(lead) && lead.endsWith("\n"), "cut at a line break");
        assertFalse(summarizer.summarize(List.of(new StorySummarizer.Source(1, "a", "https://a.example/", text, null)))
                .isEmpty());
    }
}
