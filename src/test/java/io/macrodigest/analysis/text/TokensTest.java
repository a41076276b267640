package io.macrodigest.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokensTest {

    /** A range reads exactly as the tokens of its own text would. */
    private static void sameAsTokenised(Tokens range, String text) {
        Tokens fresh = Tokens.of(text);
        assertEquals(fresh.text(), range.text());
        assertEquals(fresh.size(), range.size(), text);
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.lower(i), range.lower(i));
            assertEquals(fresh.original(i), range.original(i));
            assertEquals(fresh.start(i), range.start(i));
            assertEquals(fresh.end(i), range.end(i));
            assertEquals(fresh.number(i), range.number(i));
        }
    }

    @Test
    void aRangeIsTheTokensOfItsOwnText() {
        String text = "\"Bitcoin's rally, up 3.5% to $64,000, came after Tesla's sales fell?\" (Reuters)";
        Tokens tokens = Tokens.of(text);
        int after = 11;
        assertEquals("after", tokens.lower(after));
        sameAsTokenised(tokens.range(0, after), text.substring(0, tokens.start(after)));
        sameAsTokenised(tokens.range(after + 1, tokens.size()), text.substring(tokens.start(after + 1)));
        sameAsTokenised(tokens.range(0, tokens.size()), text);
    }

    @Test
    void aRangeOfARangeKeepsItsOffsets() {
        String text = "Shares rose after the bank cut rates after inflation eased.";
        Tokens tail = Tokens.of(text).range(3, 10);
        String tailText = text.substring(Tokens.of(text).start(3));
        sameAsTokenised(tail, tailText);
        Tokens inner = tail.range(2, 4);
        sameAsTokenised(inner, tailText.substring(tail.start(2), tail.start(4)));
        assertEquals("cut rates", inner.text().strip());
    }

    @Test
    void aRangeEndsWhereItsTokensEnd() {
        Tokens range = Tokens.of("Gold rose sharply.").range(0, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> range.lower(2));
        assertThrows(IndexOutOfBoundsException.class, () -> range.start(-1));
    }
}
