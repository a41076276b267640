package io.macrodigest.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsDecimalsAndPercentagesDoNotEndSentences() {
        assertEquals(List.of("The U.S. Federal Reserve held rates at 3.5% on Dec. 10 after Mr. Powell spoke.",
                "Markets rose 1.25 points."),
                split("The U.S. Federal Reserve held rates at 3.5% on Dec. 10 after Mr. Powell spoke. Markets rose 1.25 points."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("\"We will act,\" she said.", "\"Inflation is too high.\"", "Yields rose."),
                split("\"We will act,\" she said. \"Inflation is too high.\" Yields rose."));
    }

    @Test
    void bulletsAndNumberedListsAreSeparateSentencesWithoutMarkers() {
        List<Sentence> s = splitter.split("Three things matter:\n• Rates are falling\n- Liquidity is rising.\n1. Gold is strong.");
        assertEquals(List.of("Three things matter:", "Rates are falling", "Liquidity is rising.", "Gold is strong."),
                s.stream().map(Sentence::text).toList());
        assertEquals(Sentence.Kind.BULLET, s.get(2).kind());
    }

    @Test
    void transcriptTurnsCarryTheirSpeaker() {
        String text = "Jane Doe: Rates will stay higher for longer, in my view.\n"
                + "John Roe: I disagree with that, the data is softening fast.\n"
                + "Jane Doe: We will see what the next inflation print says.";
        List<Sentence> s = splitter.split(text);
        assertEquals("Jane Doe", s.get(0).speaker());
        assertEquals("Rates will stay higher for longer, in my view.", s.get(0).text());
        assertEquals("John Roe", s.get(1).speaker());
    }

    @Test
    void labelsAreNotSpeakers() {
        List<Sentence> s = splitter.split("• Rate Cuts Expected: the bank anticipates a cut in December this year.\n"
                + "• Volatility: equities and bonds move together in perfect tandem.");
        assertTrue(s.stream().allMatch(x -> x.speaker() == null));
    }

    @Test
    void emojiAndQuestionsSplit() {
        assertEquals(List.of("Gold held up 💪.", "BTC fell apart 📉!", "What next?", "🤔 We wait."),
                split("Gold held up 💪. BTC fell apart 📉! What next? 🤔 We wait."));
    }

    @Test
    void hardWrappedNewswireLinesAreJoined() {
        String text = "Sales of previously owned homes\ndropped 14.5 pct in January to a seasonally adjusted annual\n"
                + "rate of 3.47 mln units, the group said.\n    But the December rate had been the\n"
                + "highest since the record 4.15 mln unit sales rate set in\nNovember 1978, the group said.";
        List<String> s = split(text);
        assertEquals(2, s.size(), s::toString);
        assertTrue(s.get(1).startsWith("But the December rate had been the\nhighest"));
    }

    @Test
    void titleLinesBecomeHeadings() {
        List<Sentence> s = splitter.split("Fed Holds Rates Steady as Inflation Cools\nThe central bank left rates unchanged.");
        assertEquals(Sentence.Kind.HEADING, s.get(0).kind());
        assertEquals(Sentence.Kind.BODY, s.get(1).kind());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Intro line here.\n\n  • Second point is here. Third one.";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }
}
