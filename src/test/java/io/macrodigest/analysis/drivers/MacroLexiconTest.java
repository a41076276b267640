package io.macrodigest.analysis.drivers;

import io.macrodigest.analysis.text.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MacroLexiconTest {

    private final MacroLexicon lexicon = new MacroLexicon();

    @Test
    void noMoreThanCapsAMoveInsteadOfNegatingIt() {
        MacroLexicon.Reading r = lexicon.read(
                Tokens.of("Participants expected no more than moderate growth in consumer spending next year."));
        assertTrue(r.signals().stream().noneMatch(s -> s.negated() || s.signed() > 0), r::toString);
    }

    @Test
    void anOpeningAfterPhraseIsTheBackgroundNotTheNews() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of(
                "Following the deepest recession in decades, hiring and output bounced back faster than forecast."));
        assertTrue(r.stanceLean() > 0, r::toString);
    }

    @Test
    void notAllWeakensAMoveWithoutDenyingIt() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Not all gauges of underlying inflation picked up last month."));
        assertTrue(r.stanceLean() > 0, r::toString);
    }

    @Test
    void betsPushedOutStateTheOppositeMoveAtFullStrength() {
        MacroLexicon.Reading pushed = lexicon.read(
                Tokens.of("Investors pushed their bets on a first rate cut out to December."));
        MacroLexicon.Reading not = lexicon.read(Tokens.of("Investors do not see a first rate cut before December."));
        double pushedUp = pushed.signals().stream().filter(s -> s.driver() == Driver.RATES)
                .mapToDouble(MacroSignal::signed).sum();
        double notUp = not.signals().stream().filter(s -> s.driver() == Driver.RATES)
                .mapToDouble(MacroSignal::signed).sum();
        assertTrue(pushedUp > notUp && notUp > 0, pushed + " / " + not);
    }

    @Test
    void aStatedSumMakesALiquidityMoveAnOperation() {
        double sized = liquidity("The central bank will offer 200 billion yuan in cheap relending to developers.");
        double unsized = liquidity("The central bank will offer cheap relending to developers.");
        assertTrue(sized > unsized && unsized > 0, sized + " / " + unsized);
    }

    @Test
    void anAppositiveAfterAPolicyMoveNamesThatMove() {
        MacroLexicon.Reading policy = lexicon.read(Tokens.of("The Fed will lower the cap on bonds it lets run off"
                + " to $30 billion, a sharper slowdown than expected."));
        MacroLexicon.Reading economy = lexicon.read(
                Tokens.of("Factory orders dropped in May, a slowdown that worried investors."));
        assertTrue(policy.signals().stream().noneMatch(s -> s.driver() == Driver.GROWTH), policy::toString);
        assertTrue(economy.signals().stream().anyMatch(s -> s.driver() == Driver.GROWTH && s.direction() < 0),
                economy::toString);
    }

    @Test
    void evenAsConcedesLikeAlthough() {
        double conceded = lexicon.read(Tokens.of("Even as hiring slowed sharply, inflation pressures picked up."))
                .stanceLean();
        double plain = lexicon.read(Tokens.of("Hiring slowed sharply, and inflation pressures picked up."))
                .stanceLean();
        assertTrue(conceded > plain && plain > 0, conceded + " / " + plain);
    }

    @Test
    void addingOrDrainingReservesIsTheMoveItself() {
        assertTrue(liquidity("The desk added reserves through overnight repurchase agreements.") > 0);
        assertTrue(liquidity("A quicker run-down of the portfolio will drain reserves from banks.") < 0);
        assertTrue(liquidity("Faster quantitative tightening will drain reserves.") < 0);
    }

    @Test
    void aStatedSumBetweenTheMoveAndWhatItMovesDoesNotPartThem() {
        assertTrue(liquidity("The central bank will inject 800 billion rupees ($9.6 billion) into the banking system"
                + " next week.") > 0);
    }

    @Test
    void aNetInjectionOrAGrowingStablecoinSupplyAddsLiquidity() {
        assertTrue(liquidity("The central bank made a net injection of 300 billion rupees on Tuesday.") > 0);
        assertTrue(liquidity("The supply of stablecoins grew by $4 billion in a week.") > 0);
        assertTrue(liquidity("The supply of dollar-pegged stablecoins rose to $190 billion.") > 0);
    }

    @Test
    void aSellerCuttingItsPricesIsNoRateCut() {
        assertTrue(rateMoves("Carmaker cuts prices of its electric sedans in Europe").isEmpty());
        assertTrue(rateMoves("The airline hikes its fees for checked bags from March.").isEmpty());
        assertTrue(rateMoves("The retailer cuts the price of its store-brand coffee by a dollar.").isEmpty());
        for (String cut : List.of("The central bank cuts its key rate to 3%.", "Fed cuts again as hiring stalls")) {
            List<Integer> moves = rateMoves(cut);
            assertTrue(!moves.isEmpty() && moves.stream().allMatch(d -> d < 0), cut + " " + moves);
        }
    }

    @Test
    void aSumBetweenAVerbAndItsThingIsItsObject() {
        assertTrue(liquidity("The central bank will inject 500 billion rupees ($6 billion) into the banking system"
                + " next week.") > 0);
    }

    @Test
    void aFundingRateThatJumpsIsLiquidityDrainingNotAHike() {
        String sentence = "The secured overnight financing rate jumped to 5.4% as repo rates climbed at quarter-end.";
        assertTrue(rateMoves(sentence).isEmpty(), sentence);
        assertTrue(liquidity(sentence) < 0, sentence);
        assertTrue(liquidity("Funding strains eased after the central bank offered more cash.") > 0);
    }

    @Test
    void theEndsOfAGapDoNotTakeItsMove() {
        assertTrue(rateMoves("The spread between two-year and ten-year Treasury yields widened to 60 basis points.")
                .isEmpty());
        assertEquals(List.of(1), rateMoves("Ten-year Treasury yields widened their lead over bunds and rose."));
    }

    @Test
    void aMoveInAPhraseOfTimeIsAnotherEvent() {
        assertTrue(rateMoves("The Treasury parked its cash at the Fed after the tax-receipt increase.").isEmpty());
        assertEquals(List.of(1), rateMoves("Treasury yields rose after the auction."));
    }

    @Test
    void aGameOrAProductIsNoEconomy() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Fans complained about ticket-price inflation and players"
                + " about a virtual economy that rewards bots, while grade inflation worries universities."));
        assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.INFLATION
                || s.driver() == Driver.GROWTH), r::toString);
        MacroLexicon.Reading macro = lexicon.read(Tokens.of("Food price inflation slowed and the economy grew."));
        assertTrue(macro.signals().stream().anyMatch(s -> s.driver() == Driver.INFLATION), macro::toString);
    }

    @Test
    void reducingAStockOfBondsIsRunOffNotARateCut() {
        MacroLexicon.Reading r = lexicon.read(
                Tokens.of("The central bank will reduce its stock of bonds by $60 billion next year."));
        assertTrue(liquidity("The central bank will reduce its stock of bonds by $60 billion next year.") < 0,
                r::toString);
        assertTrue(r.stanceLean() >= 0, r::toString);
        MacroLexicon.Reading hike = lexicon.read(Tokens.of("The central bank raised its policy rate to 5%."));
        assertTrue(hike.signals().stream().anyMatch(s -> s.driver() == Driver.RATES && s.direction() > 0),
                hike::toString);
    }

    @Test
    void addingToAThingRaisesIt() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Dearer shipping could add to inflation next year."));
        assertTrue(r.signals().stream().anyMatch(s -> s.driver() == Driver.INFLATION && s.direction() > 0),
                r::toString);
    }

    @Test
    void endingARunOffWithholdsItAndReachesNoFurther() {
        assertTrue(liquidity("The central bank will stop shrinking its balance sheet in March.") > 0);
        MacroLexicon.Reading r = lexicon.read(
                Tokens.of("Officials said ending the run-off would keep bank reserves ample."));
        assertTrue(r.signals().stream().anyMatch(s -> s.driver() == Driver.LIQUIDITY && s.direction() > 0
                && !s.negated()), r::toString);
    }

    @Test
    void deflationIsDemandTooWeakNotInflationCooling() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("The country slid back into deflation last quarter."));
        assertTrue(r.signals().stream().anyMatch(s -> s.driver() == Driver.GROWTH && s.direction() < 0),
                r::toString);
        assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.INFLATION), r::toString);
    }

    @Test
    void betsOnPricesArePositionsNotInflation() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Most of the contracts closed out were bets on higher prices."));
        assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.INFLATION), r::toString);
        MacroLexicon.Reading core = lexicon.read(Tokens.of("Core measures of price growth eased again in May."));
        assertTrue(core.signals().stream().anyMatch(s -> s.driver() == Driver.INFLATION && s.direction() < 0),
                core::toString);
    }

    @Test
    void pushingBackAgainstBetsOnCutsIsHawkish() {
        MacroLexicon.Reading r = lexicon.read(
                Tokens.of("The governor said policy was in a good place, pushing back against bets on further cuts."));
        assertTrue(r.stanceLean() > 0, r::toString);
    }

    @Test
    void theJobsReportsWordingAndLiquidityMoppedUpCarryTheirDirection() {
        MacroLexicon.Reading jobs = lexicon.read(Tokens.of("Employers added 310,000 jobs last month."));
        assertTrue(jobs.signals().stream().anyMatch(s -> s.driver() == Driver.GROWTH && s.direction() > 0),
                jobs::toString);
        assertTrue(liquidity("The operation will drain excess liquidity from money markets.") < 0);
        assertTrue(liquidity("The bank will stop reinvesting maturing bonds from March.") < 0);
    }

    @Test
    void moneyThatFleesIsRiskOff() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Investors fled to government bonds and the yen."));
        assertTrue(r.signals().stream().anyMatch(s -> s.driver() == Driver.RISK_APPETITE && s.direction() < 0),
                r::toString);
    }

    private List<Integer> rateMoves(String sentence) {
        return lexicon.read(Tokens.of(sentence)).signals().stream()
                .filter(s -> s.driver() == Driver.RATES && s.direction() != 0).map(MacroSignal::direction).toList();
    }

    private double liquidity(String sentence) {
        return lexicon.read(Tokens.of(sentence)).signals().stream().filter(s -> s.driver() == Driver.LIQUIDITY)
                .mapToDouble(MacroSignal::signed).sum();
    }

    @Test
    void theOutputGapLeansByWhichSideOfPotentialTheEconomyIs() {
        assertTrue(lean("Officials judged that the economy was operating above its potential.") > 0);
        assertTrue(lean("Output has stayed below trend for two years.") < 0);
    }

    @Test
    void idleResourcesAreSlack() {
        assertTrue(lean("Underemployment is still widespread among younger workers.") < 0);
        assertTrue(lean("The region still has plenty of idle resources.") < 0);
    }

    @Test
    void priceIncreasesAreRisingPrices() {
        assertTrue(lean("Shoppers faced steep price increases for fuel this spring.") > 0);
    }

    @Test
    void lendersTighteningCreditConditionsIsNotPolicy() {
        MacroLexicon.Reading r = lexicon.read(Tokens.of("Lenders reported some tightening in credit conditions for"
                + " small firms."));
        assertTrue(r.signals().stream().noneMatch(s -> s.driver() == Driver.RATES), r::toString);
    }

    @Test
    void aDatedEpisodeIsHistoryNotTheOutlook() {
        assertEquals(0, lean("The 2001 recession was mild by historical standards."));
        assertEquals(0, lean("The downturn of 1974 hit builders hard."));
        assertTrue(lean("A recession now looks likely.") < 0);
    }

    @Test
    void aHypothesisFoundWithoutEvidenceTakesNoSide() {
        assertEquals(0, lean("Officials saw no evidence that wage growth was accelerating."));
        assertTrue(lean("Officials saw that wage growth was accelerating.") > 0);
        // a negated reading ("no evidence of ...") is not a hypothesis set aside: it still leans
        assertTrue(lean("Officials saw no evidence of accelerating wage growth.") < 0);
        // the denial ends with its clause: what follows "but" still leans
        assertTrue(lean("We see few signs that hiring is slowing, but prices rose again.") > 0);
    }

    @Test
    void aMoveTooSoonOrTooLongIsArguedAgainst() {
        assertTrue(lean("Raising rates too quickly could tip the economy into recession.") < 0);
        assertTrue(lean("Cutting rates prematurely would let inflation become entrenched.") > 0);
        assertTrue(lean("Holding rates low for too long may feed asset bubbles.") > 0);
        // "too long" before the move qualifies the waiting, not the move
        assertTrue(lean("Waiting too long to raise rates would let inflation build.") > 0);
        // the economy's own moves are not argued against: "too quickly" there only says how fast
        assertTrue(lean("Prices have risen too much and too quickly.") > 0);
    }

    @Test
    void aMoveSaidToBeOverIsWithheld() {
        assertTrue(lean("Strategists now think the central bank's easing cycle is over.") > 0);
        assertTrue(lean("Most economists believe the tightening cycle has ended.") < 0);
    }

    @Test
    void policyGoneTooFarIsTheCaseForEasing() {
        assertTrue(lean("The risk of overtightening has risen.") < 0);
    }

    @Test
    void littleCallForAMoveHoldsItBack() {
        assertTrue(lean("Officials see little need to raise rates this year.") < 0);
        assertTrue(lean("Officials see a need to raise rates this year.") > 0);
    }

    @Test
    void thePaceOfAPolicyFlowSlowsThatFlow() {
        assertTrue(lean("The Committee will slow the pace of its securities purchases.") > 0);
        assertTrue(lean("The Committee will slow the pace of decline in its bond holdings.") < 0);
        // a pace word alone does not make a mentioned rate a move
        assertEquals(0, lean("House price gains slowed from the high rates of last spring."), 0.34);
    }

    @Test
    void endingPurchasesOrReinvestingPrincipalMovesTheBalanceSheet() {
        assertTrue(lean("Several members argued for ending asset purchases in March.") > 0);
        assertTrue(lean("The Fed will keep reinvesting principal from maturing bonds.") < 0);
    }

    @Test
    void anAveragePaceIsNoNewsEitherWay() {
        assertTrue(Math.abs(lean("Payrolls rose at about their average pace.")) < StanceClassifier.THRESHOLD);
        assertTrue(lean("Payrolls rose at a brisk pace.") >= StanceClassifier.THRESHOLD);
    }

    @Test
    void marketConditionsLeanAgainstTheirLiquidity() {
        assertTrue(lean("Financial conditions have tightened sharply.") < 0);
        assertTrue(lean("Financial conditions eased markedly.") > 0);
        // the central bank's own liquidity leans the usual way
        assertTrue(lean("The central bank injected liquidity into the banking system.") < 0);
    }

    @Test
    void aReadingThatOverstatesSaysLower() {
        assertTrue(lean("The jump in energy costs may overstate underlying inflation.") < 0);
        assertTrue(lean("Official figures may understate underlying inflation.") > 0);
    }

    @Test
    void untilSaysTheConditionIsNotMetYet() {
        assertTrue(lean("The bank will hold its policy rate steady until it sees a sustained rise in inflation.") < 0);
        // a gap to the goal is there now, in or out of the clause
        assertTrue(lean("Rates will stay restrictive until inflation falls back to target.") > 0);
        // "unless" states no reading either way
        assertEquals(lean("The bank will cut rates."), lean("The bank will cut rates unless inflation rises."), 1e-9);
    }

    @Test
    void whatFirmsPayAndChargeIsPricePressure() {
        assertTrue(lean("Manufacturers said input costs climbed again.") > 0);
        assertTrue(lean("Retailers described their pricing power as weak.") < 0);
    }

    @Test
    void moreStimulusOrSupportWithdrawnIsPolicy() {
        assertTrue(lean("The government is weighing further stimulus.") < 0);
        assertTrue(lean("It is time to begin withdrawing support from the economy.") > 0);
        assertTrue(lean("It is too early to begin withdrawing support from the economy.") < 0);
    }

    @Test
    void aMoveCalledPrematureIsArguedAgainstThroughTheInfinitive() {
        assertTrue(lean("Most members judged it would be premature to consider easing.") > 0);
        assertTrue(lean("The board thought it too soon to lower borrowing costs again.") > 0);
        assertTrue(lean("Several officials said it was premature to talk about raising rates.") < 0);
    }

    @Test
    void inflationBackToTheGoalForGoodIsTheCaseForEasing() {
        assertTrue(lean("Price growth now looks to be on a sustainable path to the target.") < 0);
        // a doubted hypothesis is set aside, not read as its opposite
        assertEquals(0, lean("Officials are not confident that price growth is on a sustainable path to the target."),
                1e-9);
    }

    @Test
    void theForceThatOutweighsTheOtherDecides() {
        assertTrue(lean("Officials said the threat of a jobs slump now outweighs the danger of faster inflation.") < 0);
        assertTrue(lean("The danger of faster inflation is now outweighed by the threat of a jobs slump.") < 0);
    }

    @Test
    void aDownWordHeadingAMovePhraseLessensIt() {
        assertTrue(lean("Analysts pointed to labor market tightness over the summer.") > 0);
        assertTrue(lean("Analysts pointed to an easing in labor market tightness over the summer.") < 0);
    }

    @Test
    void risksToTheRealSideLeanLikeRisksToInflation() {
        assertTrue(lean("Policymakers saw downside risks to employment as the larger concern.")
                <= -StanceClassifier.THRESHOLD);
        assertTrue(lean("Policymakers saw upside risks to growth as the larger concern.") >= StanceClassifier.THRESHOLD);
    }

    @Test
    void notHesitatingToMoveIsReadinessToMove() {
        assertTrue(lean("The bank would not hesitate to raise rates again.") >= StanceClassifier.THRESHOLD);
        assertTrue(lean("The bank would hesitate to raise rates again.") < 0);
        assertTrue(lean("Officials signalled rates would stay tighter for longer.") >= StanceClassifier.THRESHOLD);
    }

    @Test
    void theBalanceSheetNamedAsWhatIsReducedOrBought() {
        assertTrue(lean("The central bank will begin the reduction of its balance sheet in June.") > 0);
        assertTrue(lean("The central bank will conclude the reduction of its balance sheet in June.") < 0);
        assertTrue(lean("The bank said it would increase its purchases of government bonds.") < 0);
        assertTrue(lean("Exports could weaken further next year.") < 0);
    }

    private double lean(String sentence) {
        return lexicon.read(Tokens.of(sentence)).stanceLean();
    }
}
