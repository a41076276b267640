package io.macrodigest.analysis.drivers;

import java.util.List;

/**
 * How risk assets themselves moved, when an article says so ("stocks fell at the open", "the Stoxx 600 rose
 * 0.8%", "the VIX jumped"): the most direct evidence of the news's sentiment for risk assets, so it weighs in the
 * article's sentiment as much as two sentences of tone, even when it is too brief to tag the risk-appetite driver.
 * Good news that hurts (strong hiring pushing out rate cuts) and fear that lifts a haven (gold at a record on a
 * sell-off) are read by what the market did.
 */
public final class MarketReaction {

    /** One stated move of an index is near the full verdict; a second one settles it. */
    private static final double STEEPNESS = 3;
    /** As much as two sentences of clear tone. */
    private static final double WEIGHT = 2;

    private MarketReaction() {
    }

    /** The reaction's tone for risk assets, in [-2, 2]; 0 when the article states no move of risk assets. */
    public static double tone(List<MacroLexicon.Reading> readings) {
        double net = 0;
        for (MacroLexicon.Reading r : readings) {
            for (MacroSignal s : r.signals()) {
                if (s.driver() == Driver.RISK_APPETITE) {
                    net += s.signed();
                }
            }
        }
        return WEIGHT * Math.tanh(STEEPNESS * net);
    }
}
