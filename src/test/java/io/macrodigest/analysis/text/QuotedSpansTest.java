package io.macrodigest.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotedSpansTest {

    /** The quoted text of each span, between its marks. */
    private static List<String> quoted(String text) {
        return QuotedSpans.in(text).spans().stream().map(s -> text.substring(s.open() + 1, s.close())).toList();
    }

    @Test
    void straightAndCurlyQuotes() {
        String text = "\"We are in no hurry,\" the governor said. Lagarde added: “Inflation is on track.” "
                + "Analysts wrote „Die Zinsen bleiben hoch“ and «la pause est finie».";
        assertEquals(List.of("We are in no hurry,", "Inflation is on track.", "Die Zinsen bleiben hoch",
                "la pause est finie"), quoted(text));
        QuotedSpans spans = QuotedSpans.in(text);
        assertTrue(spans.encloses(text.indexOf("hurry")));
        assertFalse(spans.encloses(text.indexOf("governor")));
        assertFalse(spans.encloses(text.indexOf('"')), "the opening mark itself is not inside");
    }

    @Test
    void apostrophesAndNestedSingleQuotes() {
        assertEquals(List.of("We don't see 'transitory' pressures,"),
                quoted("\"We don't see 'transitory' pressures,\" she said."));
        assertEquals(List.of("We don’t call it ‘transitory’ any more,"),
                quoted("“We don’t call it ‘transitory’ any more,” she said."));
        assertEquals(List.of("We don't see it yet,"), quoted("'We don't see it yet,' he said."));
        assertEquals(List.of(), quoted("Investors' worries and the market's slide don't mean a crash."));
        assertEquals(List.of(), quoted("The desk bought 12\" and 18\" pipe for the plant."));
    }

    @Test
    void elidedYearsAndPossessivesOpenNothing() {
        String text = "Margins should recover in fiscal '25, as they did in the ‘90s, and Acme Inc.'s outlook for the "
                + "\"Pro\"'s launch is firm.\nShipments of the units' parts rose.";
        assertEquals(List.of("Pro"), quoted(text));
        assertFalse(QuotedSpans.in(text).encloses(text.indexOf("outlook")));
        assertEquals(List.of("Sell the rally,"), quoted("'Sell the rally,' wrote the strategists in their '26 outlook."));
    }

    @Test
    void unclosedQuotesOpenNothing() {
        assertEquals(List.of(), quoted("\"We will be patient, the governor said."));
        String paragraphs = "\"We will be patient.\n\"Rates stay high for now,\" he said.";
        assertEquals(List.of("Rates stay high for now,"), quoted(paragraphs));
        assertFalse(QuotedSpans.in(paragraphs).encloses(paragraphs.indexOf("patient")));
        assertEquals(List.of("Rates stay high,"), quoted("“We will be patient. “Rates stay high,” he said."),
                "a curly quote opened again before it closes is left open");
    }

    @Test
    void aQuotationRunsOnIntoAWrappedLineButNotIntoAList() {
        assertEquals(List.of("We will act\nif the data demand it,"),
                quoted("\"We will act\nif the data demand it,\" she said."));
        assertEquals(List.of(), quoted("He listed \"rates\n- oil\" as the risks."));
    }

    @Test
    void scareQuotesAreSpansToo() {
        String text = "The so-called \"soft landing\" means investors should buy the 'dip'.";
        assertEquals(List.of("soft landing", "dip"), quoted(text));
        assertFalse(QuotedSpans.in(text).encloses(text.indexOf("investors")));
    }
}
