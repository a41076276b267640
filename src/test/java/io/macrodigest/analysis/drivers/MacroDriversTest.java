package io.macrodigest.analysis.drivers;
import io.macrodigest.analysis.Analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacroDriversTest {

    private final DriverReadings readings = new DriverReadings();

    @Test
    void cutsSupportRiskAssets() {
        Analysis.DriverTag t = readings.only("The Federal Reserve cut interest rates by 25 basis points. "
                + "Officials signalled further rate cuts next year.", Driver.RATES);
        assertEquals("cutting", t.direction());
        assertTrue(t.tone() > 0.3, t::toString);
        assertTrue(t.confidence() > 0.3 && t.confidence() <= 1);
    }

    @Test
    void negatedExpectationReversesTheTone() {
        Analysis.DriverTag t = readings.only("The central bank is not expected to cut interest rates this year. "
                + "Policy rates will stay where they are.", Driver.RATES);
        assertTrue(t.tone() < 0, t::toString);
        assertEquals("steady", t.direction());
    }

    @Test
    void fewerCutsThanHopedIsAHeadwind() {
        Analysis.DriverTag t = readings.only("The Fed signalled fewer rate cuts than hoped. "
                + "Treasury yields rose on the news.", Driver.RATES);
        assertTrue(t.tone() < 0, t::toString);
    }

    @Test
    void aConcededMoveCountsLessThanThePointMade() {
        // without clause weights the cut and the hike would cancel out
        Analysis.DriverTag t = readings.only("Although the central bank cut rates in the spring, it raised rates on"
                + " Thursday.", Driver.RATES);
        assertTrue(t.tone() < 0, t::toString);
        Analysis.DriverTag after = readings.only("The central bank cut rates, but it raised rates again a month"
                + " later.", Driver.RATES);
        assertTrue(after.tone() < 0, after::toString);
    }

    @Test
    void hedgedTighteningStillCountsAsHiking() {
        Analysis.DriverTag t = readings.only("The central bank may need to tighten policy further if inflation "
                + "persists. Policy rates could rise again in June.", Driver.RATES);
        assertEquals("hiking", t.direction());
        assertTrue(t.tone() < 0);
    }

    @Test
    void coolingInflationAndExpandingLiquidity() {
        String text = "Inflation cooled to 2.4% in May as energy prices fell. Consumer prices rose less than expected. "
                + "Central banks are injecting liquidity and the money supply expanded for a third month.";
        assertEquals("cooling", readings.only(text, Driver.INFLATION).direction());
        assertTrue(readings.only(text, Driver.INFLATION).tone() > 0);
        assertEquals("expanding", readings.only(text, Driver.LIQUIDITY).direction());
    }

    @Test
    void theAimOfAnEffortIsNotAMove() {
        Analysis.DriverTag t = readings.only("Copper prices jumped after the mine closure. Traders said it would add "
                + "to inflation in importing countries, complicating central banks' efforts to bring prices down.",
                Driver.INFLATION);
        assertEquals("heating", t.direction());
    }

    @Test
    void growthAndRiskAppetite() {
        String text = "The economy slipped into recession as GDP contracted 0.5%. Unemployment rose to 5.2%. "
                + "Investors turned risk-off and volatility spiked, with the VIX jumping to 35.";
        assertEquals("slowing", readings.only(text, Driver.GROWTH).direction());
        assertEquals("risk-off", readings.only(text, Driver.RISK_APPETITE).direction());
        assertTrue(readings.only(text, Driver.RISK_APPETITE).tone() < 0);
    }

    @Test
    void pricesCalledRatesAndIndexedPricesAreNotDrivers() {
        String text = "The regulator told broadband providers to stop raising bills by amounts linked to inflation."
                + " Customers had faced rises of the consumer prices index plus 3.9% each spring."
                + " Several providers already cut roaming rates, and freight rates for their equipment eased.";
        assertTrue(readings.tags(text).isEmpty(), () -> readings.tags(text).toString());
        assertEquals(Stance.NEUTRAL, readings.articleStance(text));
    }

    @Test
    void aLevelComparedWithAnotherPlacesIsNotAMove() {
        String text = "Investors favour the franc because Swiss bond yields remain well above those in Japan."
                + " Interest rates in both countries were unchanged this month.";
        assertTrue(readings.tags(text).stream().noneMatch(t -> t.driver() == Driver.RATES && t.tone() != 0),
                () -> readings.tags(text).toString());
    }

    @Test
    void governmentSpendingOnTheEconomyIsGrowth() {
        Analysis.DriverTag t = readings.only("Metals rallied after the government unveiled an infrastructure spending"
                + " plan. Officials said the package was aimed at reviving growth and would spur domestic demand.",
                Driver.GROWTH);
        assertEquals("accelerating", t.direction());
        assertTrue(t.tone() > 0, t::toString);
    }

    @Test
    void creditStressIsRiskOffAndMoneyLeavingHavensRiskOn() {
        assertTrue(readings.only("The default rate on junk loans rose to a four-year high, and spreads on high-yield"
                + " bonds widened 40 basis points.", Driver.RISK_APPETITE).tone() < 0);
        assertTrue(readings.only("A truce drew investors out of havens and into riskier assets. Stocks rallied.",
                Driver.RISK_APPETITE).tone() > 0);
    }

    @Test
    void aBorrowerInDefaultAndRiskyAssetsSoldAreRiskOff() {
        assertTrue(readings.only("A shipping group defaulted on its euro notes on Monday. Funds sold riskier assets"
                + " across the region.", Driver.RISK_APPETITE).tone() < 0);
    }

    @Test
    void aMoveMadeHarderIsHeldBack() {
        // "harder for inflation to keep cooling" is inflation staying up, not cooling
        assertTrue(readings.only("Faster pay growth will make it harder for inflation in services to keep cooling."
                + " Inflation remains above the goal.", Driver.INFLATION).tone() <= 0);
    }

    @Test
    void theJobsReportsWageFigureIsInflation() {
        assertTrue(readings.only("Average hourly earnings rose 4.4% from a year earlier, faster than forecast. Wage"
                + " growth has not been this strong in 18 months.", Driver.INFLATION).tone() < 0);
    }

    @Test
    void evidenceIsVerbatim() {
        String text = "Inflation accelerated to 4.1%. Wholesale prices jumped 0.8% in the month. Shares were flat.";
        readings.only(text, Driver.INFLATION).evidence().forEach(e -> assertTrue(text.contains(e), e));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The Committee judged that some further policy firming may be appropriate. | HAWKISH",
            "Policy accommodation will be maintained for a considerable period. | DOVISH",
            "Inflation pressures have intensified and remain elevated. | HAWKISH",
            "Inflation continued to run below the Committee's longer-run objective. | DOVISH",
            "The unemployment rate remained elevated. | DOVISH",
            "Members agreed to raise the target range for the federal funds rate. | HAWKISH",
            "The Committee decided to lower the target range for the federal funds rate. | DOVISH",
            "The meeting was held in Washington on Tuesday. | NEUTRAL",
            "The Committee will continue to monitor the implications of incoming information. | NEUTRAL",
            // the conceded clause weighs less, its verb stops at the comma, and the head noun ("slack"), not
            // its complement, takes the main verb
            "Although the unemployment rate has declined, slack in labor markets remains considerable. | DOVISH",
            // a figure-only aside does not separate a subject from its verb
            "The unemployment rate, at 9.5 percent, remains high. | DOVISH",
            // levels that bear on policy without being drivers
            "The dollar appreciated strongly against most currencies. | DOVISH",
            "Productivity growth picked up sharply last year. | DOVISH",
            "Oil prices rose steeply over the intermeeting period. | HAWKISH",
            // policy actions and pressures
            "The Committee will begin to remove policy accommodation. | HAWKISH",
            "These purchases should maintain downward pressure on longer-term interest rates. | DOVISH",
            "Tight labor markets could put upward pressure on wages and prices. | HAWKISH",
            "Inflation pressures have eased. | DOVISH",
            // a condition is not a reading; a move toward the goal reveals the gap; absence negates
            "Interest rates will stay low until inflation rises well above target. | DOVISH",
            "Officials expect inflation to move up toward the 2 percent objective. | DOVISH",
            "Policymakers want to bring inflation down to their 2 percent target. | HAWKISH",
            "There was no evidence of rising price pressures. | DOVISH",
            // caution about easing, with the inflation gap in a clause of its own
            "Policymakers would be more careful about further easing as inflation remains above the 2% target. | HAWKISH",
            // the balance of risks, and accommodation kept in place
            "Officials see the risks to the growth outlook as tilted to the downside. | DOVISH",
            "The board said risks to its price outlook are skewed to the upside. | HAWKISH",
            "The central bank will continue its asset purchases at the current pace. | DOVISH",
            "Rates will stay near zero for a considerable time. | DOVISH",
            // superlatives, revisions and comparisons carry a direction of their own
            "Consumer price inflation last quarter was the fastest in two decades. | HAWKISH",
            "Forecasters revised down their projections for business investment. | DOVISH",
            "Hiring remains well short of maximum employment. | DOVISH",
            "Retailers say they are passing on higher freight bills to shoppers as input prices climb. | HAWKISH",
            "The bank's first task is to bring inflation under control. | HAWKISH",
            "Inflation that fails to moderate is the main concern of the board. | HAWKISH",
            // asset prices are the market's mood, not the cost of living; lenders' terms are not policy
            "Equity prices fell sharply over the week. | NEUTRAL",
            "Treasury prices rose sharply as investors sought safety. | NEUTRAL",
            "Regional lenders tightened their lending standards for office loans. | NEUTRAL",
            // a policy move outweighs a description of the economy; a wider external gap means strong demand
            "Although hiring slowed, officials raised the target range by a quarter point. | HAWKISH",
            "The trade deficit widened further as imports surged. | HAWKISH",
            // employment moving toward the mandate is still short of it
            "The jobless rate should fall only slowly toward mandate-consistent levels. | DOVISH",
            // a question takes no side; a modest move argues little; a strong one still leans
            "Why have yields on long-dated bonds fallen so far this spring? | NEUTRAL",
            "Business investment expanded at a moderate pace in the spring. | NEUTRAL",
            "Factory output rose modestly last month. | NEUTRAL",
            "Factory output rose strongly last month. | HAWKISH",
            // a rate of something is its pace, not an interest rate; a rate of a figure is a rate
            "The rate of wage increases slowed over the summer. | NEUTRAL",
            "The central bank lowered its discount rate to a rate of 4.5 percent. | DOVISH",
            // expectations coming loose, threats to price stability, an external deficit to be funded
            "Survey measures suggest that inflation expectations are no longer anchored. | HAWKISH",
            "Officials stand ready to act against any emerging threat to price stability. | HAWKISH",
            "Financing the current account deficit could become harder in coming years. | HAWKISH",
            // rates of other things and cuts of other things are not policy
            "The default rate on leveraged loans climbed to 4.1% in May. | NEUTRAL",
            "Producers agreed to extend output cuts of one million barrels a day. | NEUTRAL",
            "Miners switched off rigs as the hash rate fell for a third week. | NEUTRAL",
            // a move made harder is held back; lifting a rate is raising it
            "Dearer fuel could complicate plans to cut interest rates. | HAWKISH",
            "The central bank surprised markets by lifting its policy rate to 0.5%. | HAWKISH",
            // a verb's move heads to its goal, it does not move the committee named there; a noun's move does
            "Staff see inflation drifting up to the FOMC's longer-run goal over the next two years. | DOVISH",
            "The tax rebates gave a boost to consumer spending in the spring. | HAWKISH",
            // an idea that gained currency spread; nothing rose
            "The notion that inflation targets are rigid has gained some currency among critics. | NEUTRAL",
            // "not only" adds rather than denies
            "Not only did inflation rise last quarter, it also spread to services. | HAWKISH",
            // a thing that escapes restraint is rising
            "Board members fear that inflation could get out of control next year. | HAWKISH",
            // inflation stated as a level against the usual 2 percent goal; the goal itself is no level
            "Headline inflation is at 4.5 percent on a twelve-month basis. | HAWKISH",
            "Core inflation was close to 1 percent for most of the year. | DOVISH",
            "The board adopted an inflation target of 2 percent in 2012. | NEUTRAL",
            // a negator that governs an infinitive reaches the move inside it
            "Officials worried that hiring was not strong enough to keep pushing the jobless rate lower. | DOVISH",
            // price stability as the goal on its own leans to fighting inflation; both sides of the mandate balance
            "Members stressed that a credible commitment to price stability anchors long-run expectations. | HAWKISH",
            "Policy aims at maximum employment and price stability over the longer run. | NEUTRAL",
    })
    void stanceOfASentence(String sentence, Stance expected) {
        assertEquals(expected, readings.stance.classify(sentence), sentence);
    }
}
