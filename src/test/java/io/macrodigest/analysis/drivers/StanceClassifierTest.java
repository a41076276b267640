package io.macrodigest.analysis.drivers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An article's stance where its policy sentences do not settle it, on articles we wrote. */
class StanceClassifierTest {

    private final DriverReadings readings = new DriverReadings();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The central bank raised its policy rate by a quarter point. Officials played down the chance of further"
                    + " hikes. The yen fell 1% after the decision. | DOVISH",
            "The central bank raised its policy rate by a quarter point. Officials played down the chance of further"
                    + " hikes. The yen rose 1% after the decision. | HAWKISH",
            // a currency moving in market news alone says nothing of a central bank
            "The yen strengthened 2% as investors sought safety. Stocks fell across Asia. | NEUTRAL",
    })
    void theMarketsReadingOfADecisionBreaksATie(String text, Stance expected) {
        assertEquals(expected, readings.articleStance(text), () -> readings.tags(text).toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a rate named in company news is not a view on policy
            "A theatre chain agreed to be bought by a private equity firm. The buyers said they would refinance"
                    + " loans carrying high interest rates. | NEUTRAL",
            // the words of policy lean even when no driver is tagged
            "The governor said officials would be more careful about further easing. | HAWKISH",
    })
    void withNoDriverOnlyTheWordsOfPolicyLean(String text, Stance expected) {
        assertEquals(expected, readings.articleStance(text), () -> readings.tags(text).toString());
    }
}
