package io.macrodigest.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PictographsTest {

    @Test
    void decorationsLeaveTheClaim() {
        assertEquals("Since October 10th, gold has held its ground.",
                Pictographs.remove("Since October 10th, gold has held its ground 💪."));
        assertEquals("Goldman Sachs anticipates a rate cut in December.",
                Pictographs.remove("Goldman Sachs anticipates a rate cut in December ✂️."));
        assertEquals("The gap between gold and BTC ₿ keeps widening, driven by rising Japanese rates.",
                Pictographs.remove("The gap between gold 🥇 and BTC ₿ keeps widening, driven by rising Japanese rates 🇯🇵."));
        assertEquals("Traders cut calls just in time for the bounce (again).",
                Pictographs.remove("Traders cut calls just in time for the bounce ⏰ (again 👍🏽)."));
        assertEquals("Payrolls beat: 250k vs 180k expected.", Pictographs.remove("📈 Payrolls beat: 250k vs 180k expected 👨‍👩‍👧."));
    }

    @Test
    void signsThatCarryMeaningStay() {
        String text = "CPI ↑ 0.3%, the euro at €1.08, BTC ₿ near $67k; Acme™ and Brand® shares rose.";
        assertSame(text, Pictographs.remove(text));
        String plain = "The Fed held rates at 4.25%-4.50% , as expected .";
        assertSame(plain, Pictographs.remove(plain));
    }
}
