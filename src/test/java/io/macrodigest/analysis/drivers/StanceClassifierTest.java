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
}
