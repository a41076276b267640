package io.macrodigest.analysis.quotes;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Corpora;
import io.macrodigest.analysis.EmbeddedAnalyzer;
import io.macrodigest.analysis.text.MojibakeRepair;
import io.macrodigest.analysis.text.QuotedSpans;
import io.macrodigest.analysis.text.SentenceSplitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder finder = new QuoteFinder();

    private List<Analysis.Quote> quotes(String text) {
        return finder.find(text, QuotedSpans.in(text), splitter.split(text));
    }

    @Test
    void speakersAfterAndBeforeTheQuote() {
        List<Analysis.Quote> q = quotes("\"We are not in a hurry to cut rates,\" said Jerome Powell on Wednesday. "
                + "Christine Lagarde said: “Inflation is on the right track.” "
                + "“The dollar will weaken further,” chief strategist Anna Berg said.");
        assertEquals(3, q.size(), q::toString);
        assertEquals("We are not in a hurry to cut rates", q.get(0).text());
        assertEquals("Jerome Powell", q.get(0).speaker());
        assertEquals("Christine Lagarde", q.get(1).speaker());
        assertEquals("Inflation is on the right track.", q.get(1).text());
        assertEquals("Anna Berg", q.get(2).speaker());
    }

    @Test
    void aNameAfterTheVerbEndsWithItsSentence() {
        List<Analysis.Quote> q = quotes("\"Demand held up better than we had feared,\" said CFO Jane Doe. Customers'"
                + " orders grew 4% in the quarter. \"Margins will widen next year,\" said Paul J. Kim. Analysts agreed.");
        assertEquals(2, q.size(), q::toString);
        assertEquals("Jane Doe", q.get(0).speaker());
        assertEquals("Paul J. Kim", q.get(1).speaker());
    }

    @Test
    void accordingToAndUnattributedPhrases() {
        List<Analysis.Quote> q = quotes("Gold is the \"king when it comes to storing value\", according to Mark Lee. "
                + "Bitcoin has 'fallen apart' since October.");
        assertEquals(1, q.size(), q::toString);
        assertEquals("Mark Lee", q.get(0).speaker());
    }

    @Test
    void pronounsAndFollowOnQuotesKeepTheirSpeaker() {
        List<Analysis.Quote> q = quotes("Bank of Canada Governor Tiff Macklem said rates were restrictive enough. "
                + "\"We are prepared to wait,\" he told reporters. \"The job is not done.\" "
                + "Bond traders cut their bets, according to Reuters.");
        assertEquals(List.of("We are prepared to wait", "The job is not done."),
                q.stream().map(Analysis.Quote::text).toList());
        assertEquals("Tiff Macklem", q.get(0).speaker());
        assertEquals("Tiff Macklem", q.get(1).speaker());
    }

    @Test
    void aQuoteThatEndsItsSentenceTakesNoAttributionFromTheNext() {
        List<Analysis.Quote> q = quotes("\"Demand for safe assets has never been this strong in a quiet market.\" "
                + "Flows into money funds hit a record, according to Lipper.");
        assertEquals(1, q.size(), q::toString);
        assertEquals(null, q.get(0).speaker());
    }

    @Test
    void anElidedYearDoesNotSwallowTheQuotesAfterIt() {
        List<Analysis.Quote> q = quotes("Revenue for fiscal '25 rose 4%. \"We expect the second half to be "
                + "stronger than the first,\" said Chief Financial Officer Jane Doe, as customers' orders grew.");
        assertEquals(List.of("We expect the second half to be stronger than the first"),
                q.stream().map(Analysis.Quote::text).toList());
        assertEquals("Jane Doe", q.get(0).speaker());
    }

    @Test
    void scareQuotedPhrasesAreNotKeyQuotes() {
        List<Analysis.Quote> q = quotes("Hedge funds and \"real money\" rotated into healthcare. BNY runs "
                + "\"Eliza 2.0,\" its assistant. Searches are \"exploding to the upside\" this month. "
                + "A strategist wrote that \"the rotation out of megacap tech has further to run this quarter\".");
        assertEquals(List.of("the rotation out of megacap tech has further to run this quarter"),
                q.stream().map(Analysis.Quote::text).toList());
    }

    @Test
    void aQuotedEpithetBeforeANameIsNotTheirWords() {
        List<Analysis.Quote> q = quotes("Veteran investor and \"Oracle of Main Street\" Dana Whitfield warns that "
                + "small caps are cheap. \"Small caps are cheap for a reason\" — Dana Whitfield said on Monday.");
        assertEquals(List.of("Small caps are cheap for a reason"), q.stream().map(Analysis.Quote::text).toList());
        assertEquals("Dana Whitfield", q.get(0).speaker());
    }

    @Test
    void speakerAfterTitlesAndRoles() {
        List<Analysis.Quote> q = quotes("\"We are not yet at the point where cuts are warranted,\" Minneapolis Fed "
                + "President Neel Kashkari said on Tuesday. \"Credit spreads are tighter than the risks justify,\" "
                + "Goldman Sachs chief credit strategist Lotfi Karoui wrote. “The easing will be gradual,” "
                + "Fed Vice Chair Philip Jefferson said.");
        assertEquals(List.of("Neel Kashkari", "Lotfi Karoui", "Philip Jefferson"),
                q.stream().map(Analysis.Quote::speaker).toList());
    }

    @Test
    void toldReportersAndAccordingTo() {
        List<Analysis.Quote> q = quotes("Treasury Secretary Janet Yellen told reporters on Monday that \"the "
                + "banking system remains sound and resilient.\" The rally is \"a sign that inflation fears have "
                + "faded for now,\" according to Deutsche Bank strategist Jim Reid.");
        assertEquals(List.of("Janet Yellen", "Jim Reid"), q.stream().map(Analysis.Quote::speaker).toList());
        assertEquals("the banking system remains sound and resilient.", q.get(0).text());
    }

    @Test
    void apostrophesAndSingleScareWordsAreNotQuotes() {
        assertTrue(quotes("The company's CEO said it's the \"best\" year in the firm's history.").isEmpty());
    }

    @Test
    void transcriptTurnsAreQuotesWithSpeaker() {
        String text = "Jane Doe: Rates will stay higher for longer, in my view.\n"
                + "John Roe: I disagree with that, the data is softening fast.\n"
                + "Jane Doe: We will see what the next inflation print says.";
        List<Analysis.Quote> q = quotes(text);
        assertEquals(3, q.size());
        assertEquals("John Roe", q.get(1).speaker());
    }

    /** Property: over many generated texts and the seeds, every quote is verbatim after normalisation. */
    @Test
    void everyQuoteIsASubstringOfTheInput() throws IOException {
        List<String> texts = new ArrayList<>(generated(300));
        Path seeds = Corpora.dir().resolveSibling("seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path p : files.toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        EmbeddedAnalyzer analyzer = EmbeddedAnalyzer.create();
        int checked = 0;
        for (String text : texts) {
            // The engine quotes the text it analysed: the input with its mojibake repaired.
            String haystack = normalise(MojibakeRepair.repair(text));
            for (Analysis.Quote q : analyzer.analyze(AnalysisInput.of(null, text)).quotes()) {
                assertTrue(haystack.contains(normalise(q.text())), () -> "not verbatim: " + q.text());
                checked++;
            }
        }
        assertTrue(checked > 300, "too few quotes exercised: " + checked);
    }

    static String normalise(String s) {
        return s.replaceAll("[\"“”„«»‘’']", "\"").replaceAll("\\s+", " ").strip();
    }

    private static List<String> generated(int count) {
        String[] names = {"Jerome Powell", "Anna Berg", "the chief economist", "Mark Lee", "Sara Kim"};
        String[] says = {"We see rates falling next year", "Inflation is sticky", "Liquidity is abundant, and risk "
                + "appetite is high", "It is too early to declare victory", "Gold remains the king of stores of value"};
        String[][] marks = {{"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"«", "»"}};
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder("Markets moved on Tuesday. ");
            for (int k = 0; k < 3; k++) {
                String[] m = marks[random.nextInt(marks.length)];
                String name = names[random.nextInt(names.length)];
                String say = says[random.nextInt(says.length)];
                switch (random.nextInt(4)) {
                    case 0 -> sb.append(m[0]).append(say).append(",").append(m[1]).append(" said ").append(name).append(". ");
                    case 1 -> sb.append(name).append(" said:  ").append(m[0]).append(say).append('.').append(m[1]).append(' ');
                    case 2 -> sb.append("Analysts call it ").append(m[0]).append(say.toLowerCase()).append(m[1])
                            .append(",\naccording to ").append(name).append(". ");
                    default -> sb.append("It's the firm's ").append(m[0]).append("new normal").append(m[1]).append(" now. ");
                }
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
