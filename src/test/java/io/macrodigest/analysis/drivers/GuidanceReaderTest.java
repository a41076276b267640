package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.text.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forward guidance read beside a policy action, on sentences we wrote. */
class GuidanceReaderTest {

    private final DriverReadings readings = new DriverReadings();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a verb that dampens expectations of a move reads as the opposite move
            "The central bank held rates steady, dashing bets on a June cut. | HAWKISH",
            "Investors pared bets on further easing after the decision. | HAWKISH",
            "The governor pushed back against expectations of a rate cut this year. | HAWKISH",
            "Officials played down the chance of further hikes. | DOVISH",
            // the verb denied: not ruling out a move is leaving it open
            "The governor said she would not rule out further rate hikes. | HAWKISH",
            "The governor said she wouldn't rule out another rate cut. | DOVISH",
            // one that fuels them, as the move itself
            "Strong retail sales fuelled expectations of a rate hike. | HAWKISH",
            "Weak payrolls revived hopes of a rate cut in September. | DOVISH",
            // an expectation said, after it, to grow or fade
            "Expectations of a rate cut in September have faded. | HAWKISH",
            "Hopes for a June cut evaporated after the inflation report. | HAWKISH",
            "Bets on a rate hike rose sharply on Friday. | HAWKISH",
            "Rate cut bets grew on Friday. | DOVISH",
            // the expectation's own clause
            "Investors scaled back bets that the Fed would cut rates in June. | HAWKISH",
            "Traders raised bets that the ECB will hike in July. | HAWKISH",
            "The data fuelled expectations that the bank will not raise rates again. | DOVISH",
            // a move said to be over, or none to come
            "The central bank signalled that its easing cycle is over. | HAWKISH",
            "The governor signalled the hiking cycle has ended. | DOVISH",
            "The Fed signalled that rate cuts are off the table. | HAWKISH",
            "The bank signalled no further cuts this year. | HAWKISH",
            // the action and the guidance beside it: the guidance, about the path, weighs more
            "The bank lowered its policy rate but signalled the end of its easing cycle. | HAWKISH",
            "The bank cut rates but signals a pause. | HAWKISH",
            "The bank raised rates but played down further moves. | DOVISH",
            "The bank raised rates, but the governor gave few hints that more increases were coming. | DOVISH",
            "The board hinted at halting its easing campaign. | HAWKISH",
            // an expectation in the pluperfect is one the news did not meet
            "The bank left rates on hold, surprising investors who had bet on a cut. | HAWKISH",
            "The central bank held, catching out traders who had priced a half-point reduction. | HAWKISH",
            // a decision against what markets wanted, and a refusal to promise the move
            "The central bank kept rates unchanged, defying market bets on a cut. | HAWKISH",
            "The governor declined to commit to a cut at the July meeting. | HAWKISH",
            // a move said to be probably or nearly over
            "The bank lowered rates again but hinted its easing cycle may be over. | HAWKISH",
            "The bank raised rates and suggested the tightening cycle is nearly over. | DOVISH",
            // a warning about a move, and a move said to be paused even with no verb before it
            "The central bank cut rates but warned against further easing. | HAWKISH",
            "Analysts said that after the cut the easing cycle is on pause. | HAWKISH",
            "The hiking cycle is on hold after three increases, the governor said. | DOVISH",
            // counts of future moves compared
            "Markets now price only one more cut this year, compared with two before the meeting. | HAWKISH",
            "Officials now see three cuts next year instead of two. | DOVISH",
            "Policymakers pencilled in two hikes, down from three in March. | DOVISH",
    })
    void guidanceSetsTheSentencesLean(String sentence, Stance expected) {
        assertEquals(expected, readings.stance.classify(sentence), sentence);
    }

    @Test
    void anExpectationMetIsNotDashed() {
        // "as economists had expected" compares with the forecast: the cut is the news
        assertEquals(Stance.DOVISH,
                readings.stance.classify("The bank cut rates by a quarter point, as economists had expected."));
    }

    @Test
    void aMoveOfSomethingElseIsNotAboutRates() {
        for (String sentence : new String[] {"The talks dashed hopes of tariff cuts.",
                "Traders pared bets on a cut in the reserve requirement ratio.",
                "The Treasury signalled further increases in auction sizes."}) {
            var r = readings.macro.read(Tokens.of(sentence));
            assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.RATES
                    && s.weight() == GuidanceReader.GUIDANCE), r::toString);
        }
        // a month is when, not what; "to come" is not a complement
        assertEquals(Stance.HAWKISH, readings.stance.classify("Investors pared bets on a cut in June."));
        assertEquals(Stance.DOVISH, readings.stance.classify("The bank signalled more reductions to come."));
    }

    @Test
    void aDenialWithoutAMoveSaysNothingOfThePath() {
        var r = readings.macro.read(Tokens.of("The bank cut rates and signalled no change to its outlook."));
        assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.RATES && s.direction() > 0),
                r::toString);
    }

    @Test
    void aNounIsNotAGuidanceVerb() {
        // "fuel" the noun, with a verb of its own before the move
        assertEquals(Stance.HAWKISH, readings.stance.classify("Dearer fuel could complicate plans to cut rates."));
    }

    @Test
    void theGuidanceTakesThePlaceOfTheMoveItNames() {
        var r = readings.macro.read(Tokens.of("Traders dashed bets on a rate cut."));
        var rates = r.signals().stream().filter(s -> s.driver() == Driver.RATES && s.direction() != 0).toList();
        assertEquals(1, rates.size(), r::toString);
        assertTrue(rates.get(0).direction() > 0 && rates.get(0).weight() == GuidanceReader.GUIDANCE, r::toString);
    }

    @Test
    void aHawkishCutArticleReadsRatesUp() {
        String text = "Central bank cuts rates but signals end of easing cycle. The central bank lowered its main"
                + " rate by a quarter point on Thursday, but said it would now evaluate a pause. Traders scaled back"
                + " bets on further cuts this year.";
        assertTrue(readings.tone(text, Driver.RATES) < 0, () -> readings.tags(text).toString());
        assertEquals(Stance.HAWKISH, readings.articleStance(text));
    }
}
