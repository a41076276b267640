package io.macrodigest.analysis.drivers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moves read against expectations, pace, negation and instrument kind, on sentences we wrote. */
class SurpriseReaderTest {

    private final DriverReadings readings = new DriverReadings();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // against a forecast, the surprise is the news
            "GDP grew 4.9%, beating the 4.3% forecast. Economic growth was the fastest in two years. | GROWTH | 1",
            "Inflation fell less than expected in April. Consumer prices rose 0.4% on the month. | INFLATION | -1",
            "Consumer prices rose less than expected in May. Core inflation also slowed. | INFLATION | 1",
            "Retail sales missed forecasts in June. Consumer spending weakened as well. | GROWTH | -1",
            "Consumer prices came in above forecasts. Inflation rose 3.1% from a year earlier. | INFLATION | -1",
            "Employers added 90,000 jobs, far fewer than the 180,000 economists had forecast. Payrolls disappointed."
                    + " | GROWTH | -1",
            "The labour market is cooling faster than policymakers had hoped. Payrolls slowed sharply. | GROWTH | -1",
            // the pace of a move against a benchmark: a decline slower than expected is hot inflation (tone < 0)
            "Inflation declined more slowly than economists had expected. The figures came out on Tuesday."
                    + " | INFLATION | -1",
            "The decline in consumer prices was slower than forecasters had hoped. The data came out on Friday."
                    + " | INFLATION | -1",
            // instruments by kind
            "The central bank cut the reserve requirement ratio by 50 basis points, releasing 1 trillion yuan."
                    + " Reserve requirements are now at a record low. | LIQUIDITY | 1",
            "The Fed is slowing its balance-sheet run-off. The slower run-off keeps more reserves in the banking system."
                    + " | LIQUIDITY | 1",
            "Beijing unveiled a stimulus package worth 10 trillion yuan. Officials promised more stimulus measures."
                    + " | LIQUIDITY | 1",
            "The Treasury General Account rose to $750 billion. Bank reserves fell as the TGA filled. | LIQUIDITY | -1",
            // spreads and volatility
            "Junk-bond spreads narrowed to 262 basis points, the tightest since 2007. Credit spreads tightened"
                    + " further. | RISK_APPETITE | 1",
            "Credit spreads widened sharply this week. The VIX jumped to 28. | RISK_APPETITE | -1",
            // negation and its scope
            "The Bank of England did not cut interest rates. Policymakers said it was too early to cut rates."
                    + " | RATES | -1",
            "There is no sign of cooling in wage growth. Inflation remains sticky. | INFLATION | -1",
    })
    void readsTheMoveAgainstWhatWasExpected(String text, Driver driver, int sign) {
        assertEquals(sign, (int) Math.signum(readings.tone(text, driver)),
                () -> text + " -> " + readings.tags(text));
    }

    @Test
    void aFigureInBasisPointsIsNotARateDecision() {
        String text = "Junk-bond spreads narrowed to 262 basis points, the tightest since 2007. "
                + "The bank's net interest margin widened 12 basis points to 3.41%.";
        assertTrue(readings.tag(text, Driver.RATES).isEmpty(), () -> readings.tags(text).toString());
        assertEquals(Stance.NEUTRAL, readings.articleStance(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Operating margin expanded 91 basis points, a 91 basis point increase on the year.",
            "The retailer reported a 91 basis point increase in gross margin.",
            "The fund's return rose 40 basis points, a 40 basis-point increase over the year.",
            "High-yield spreads saw a 30 basis point increase this week.",
            "The insurer's combined ratio improved on a 120 basis point reduction in claims costs.",
    })
    void aMoveInBasisPointsOfSomethingElseIsNotARateMove(String text) {
        assertTrue(readings.tag(text, Driver.RATES).isEmpty(), () -> readings.tags(text).toString());
        assertEquals(List.of(), readings.ratesMoves(text), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The Fed announced a 25 basis point increase in its policy rate. | 1",
            "The central bank delivered a 50 basis point cut in June. | -1",
            "The ECB approved a 25 basis-point reduction in borrowing costs. | -1",
            "The Bank of Canada announced a 75 basis point hike. | 1",
            // with nothing else named as moving, a move in basis points stays a rate move
            "Officials delivered a 50 basis point reduction on Wednesday. | -1",
    })
    void aMoveInBasisPointsOfARateIsARateMove(String text, int direction) {
        List<Integer> moves = readings.ratesMoves(text);
        assertTrue(moves.contains(direction), () -> text + " -> " + moves);
    }

    @Test
    void hawkishCutNetsToHawkish() {
        String text = "The Federal Reserve cut interest rates by 25 basis points, as expected. "
                + "The dot plot showed fewer cuts than markets had priced for next year. "
                + "Chair Powell said officials would be more careful about further easing. "
                + "Stocks fell and the two-year Treasury yield jumped.";
        assertTrue(readings.tone(text, Driver.RATES) < 0, () -> readings.tags(text).toString());
        assertEquals(Stance.HAWKISH, readings.articleStance(text));
    }

    @Test
    void aMoveForecastInOtherWordsReadsAsExpected() {
        String plain = "The central bank lowered its policy rate by a quarter point to 6.5% on Thursday, WHY.";
        String asExpected = readings.tags(plain.replace("WHY", "as expected")).stream()
                .map(t -> t.driver() + " " + t.tone()).toList().toString();
        assertNotEquals(asExpected, readings.tags(plain.replace("WHY", "its third cut")).stream()
                .map(t -> t.driver() + " " + t.tone()).toList().toString());
        for (String expected : List.of("as widely forecast", "as anticipated", "as economists had expected")) {
            String text = plain.replace("WHY", expected);
            assertEquals(asExpected, readings.tags(text).stream().map(t -> t.driver() + " " + t.tone()).toList()
                    .toString(), text);
        }
    }

    @Test
    void cautionAboutEasingIsHawkish() {
        String text = "Chair Jerome Powell said policymakers would be more careful about further easing as "
                + "inflation remains above the 2% target.";
        assertEquals(Stance.HAWKISH, readings.stance.classify(text));
        assertEquals(Stance.HAWKISH, readings.articleStance(text));
    }

    @Test
    void smallerCutThanHopedIsAHeadwind() {
        String text = "The ECB cut its deposit rate by 25 basis points, less than the half-point reduction some "
                + "traders had bet on. Bond yields rose after the decision.";
        assertTrue(readings.tone(text, Driver.RATES) < 0, () -> readings.tags(text).toString());
    }

    @Test
    void marketsOwnReactionIsEvidence() {
        String text = "Stocks fell sharply after the statement, with the S&P 500 down 2.9%. "
                + "The Nasdaq slid 3.4% and equities in Europe tumbled.";
        assertTrue(readings.tone(text, Driver.RISK_APPETITE) < 0, () -> readings.tags(text).toString());
    }

    @Test
    void productLaunchInEmergingMarketsIsNotMacro() {
        String text = "The handset maker launched a $399 phone aimed at fast-growing emerging markets. "
                + "Demand in these regions is growing quickly as consumers buy their first smartphone.";
        assertEquals(List.of(), readings.tags(text));
        assertEquals(Stance.NEUTRAL, readings.articleStance(text));
    }

    @Test
    void stanceAgreesWithTheRatesTone() {
        for (String text : List.of(
                "The Bank of Japan raised its policy rate to 0.25% and flagged more hikes. Bond yields rose.",
                "The Fed held rates and signalled three cuts next year. Treasury yields fell.",
                "Traders pared bets on interest rate cuts after the hot inflation report. Yields jumped.")) {
            double rates = readings.tone(text, Driver.RATES);
            Stance s = readings.articleStance(text);
            assertTrue(rates < 0 ? s == Stance.HAWKISH : s == Stance.DOVISH, () -> text + " -> " + rates + " " + s);
        }
    }
}
