package io.macrodigest.analysis.drivers;

import io.macrodigest.analysis.text.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarketReactionTest {

    private final MacroLexicon lexicon = new MacroLexicon();

    private double tone(String... sentences) {
        return MarketReaction.tone(List.of(sentences).stream().map(s -> lexicon.read(Tokens.of(s))).toList());
    }

    @Test
    void whatStocksDidIsTheReaction() {
        assertTrue(tone("Retail sales jumped in May.", "Stocks fell at the open.") < -1, "stocks fell");
        assertTrue(tone("The FTSE 250 index of mid-cap companies gained 1.1%.") > 1, "FTSE 250 gained");
        assertTrue(tone("The Russell 2000 gained 2% on the day.") > 1, "Russell 2000 gained");
        assertTrue(tone("The Nasdaq gave up an early gain to close 0.4% lower.") < -1, "gave up its gain");
    }

    @Test
    void noStatedMoveIsNoReaction() {
        assertEquals(0, tone("Retail sales jumped in May.", "Economists had expected a smaller rise."));
    }
}
