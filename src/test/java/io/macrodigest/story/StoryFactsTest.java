package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StoryFactsTest {

    @Test
    void figuresKeepTheirUnitsAndSkipYearsAndSmallCounts() {
        StoryFacts facts = StoryFacts.of("Claims at 220,000",
                "In 2025 claims rose by 16,000 to 236,000, and rates fell 25 basis points to 4.25 percent; "
                        + "the deal was worth $1.5 billion over 3 years.");
        assertEquals(Set.of("220000", "16000", "236000", "25bp", "4.25%", "1.5bn"), facts.figures());
    }

    @Test
    void namesAreRunsOfCapitalisedWordsInsideSentencesOfTheLeadKnownByTheirLastWord() {
        StoryFacts facts = StoryFacts.of("Fed Lowers Rates Again",
                "Officials at the Federal Reserve cut rates on Wednesday. Chair Jerome Powell said the ECB's view "
                        + "differed.");
        assertEquals(Set.of("reserve", "powell", "ecb"), facts.names());
        StoryFacts later = StoryFacts.of("", "On Thursday the view of Powell and the Reserve was echoed abroad.");
        assertEquals(2, facts.sharedNames(later), "a surname alone names the same person");
    }

    @Test
    void figuresDisagreeOnlyWhenBothReportSomeAndShareNone() {
        StoryFacts a = new StoryFacts(Set.of("220000"), Set.of());
        assertTrue(a.figuresDisagree(new StoryFacts(Set.of("236000"), Set.of())));
        assertFalse(a.figuresDisagree(new StoryFacts(Set.of("236000", "220000"), Set.of())));
        assertFalse(a.figuresDisagree(new StoryFacts(Set.of(), Set.of())));
    }

    @Test
    void aPreciseFigureAndItsRoundingAreOneFigure() {
        assertEquals(1, figures("972814").sharedFigures(figures("973000")), "claims given exactly and rounded");
        assertEquals(1, figures("129.99").sharedFigures(figures("130")), "a price and its rounding");
        assertEquals(1, figures("4.125%").sharedFigures(figures("4.13%")));
        assertFalse(figures("972814").figuresDisagree(figures("973000")));
        assertTrue(figures("224815").figuresDisagree(figures("220000")), "2 % apart: two releases");
        assertTrue(figures("224000").figuresDisagree(figures("220000")), "neither is precise");
        assertTrue(figures("8.2bn").figuresDisagree(figures("8bn")), "two significant digits are not precise");
        assertFalse(StoryFacts.rounded("972814", "973000bn"), "another unit");
        assertFalse(StoryFacts.rounded("date:02-16", "date:02-20"));
    }

    @Test
    void onlyFiguresOfOneKindDisagree() {
        assertEquals("n6", StoryFacts.kind("220000"));
        assertEquals("n3", StoryFacts.kind("129.99"));
        assertEquals("%", StoryFacts.kind("4.25%"));
        assertEquals("bn", StoryFacts.kind("1.5bn"));
        assertFalse(figures("25bp").figuresDisagree(figures("3.75%")), "a cut in points, a rate in percent");
        assertFalse(figures("75000").figuresDisagree(figures("400000")), "counts of different orders of magnitude");
        assertTrue(figures("25bp", "4%").figuresDisagree(figures("3.75%")));
    }

    @Test
    void daysOfTheMonthAreFiguresOfTheirOwnKindWithoutTheYear() {
        StoryFacts facts = StoryFacts.of("", "The council met on Thursday, Feb. 16, 2017, after the vote of 3 March "
                + "and before the hearing on September 2nd; a mayor 5 times elected may 12 more.");
        assertEquals(Set.of("date:02-16", "date:03-03", "date:09-02"), facts.figures());
        assertEquals(StoryFacts.DATE_KIND, StoryFacts.kind("date:02-16"));
    }

    @Test
    void datesDisagreeWhenBothGiveDaysAndShareNoneAndFiguresIgnoreThem() {
        StoryFacts february = figures("date:02-16", "220000");
        StoryFacts august = figures("date:08-13", "220000");
        assertTrue(february.datesDisagree(august));
        assertFalse(february.figuresDisagree(august), "the dates are left to datesDisagree");
        assertFalse(february.datesDisagree(figures("date:08-13", "date:02-16")));
        assertFalse(february.datesDisagree(figures("220000")), "no day given: no evidence");
    }

    @Test
    void wordsAreTheContentStemsOfTitleAndLeadLowercaseAndNamesAlike() {
        StoryFacts ferry = StoryFacts.of("Ferry crews walk out",
                "Deckhands on the Harwich ferries walked out on Tuesday, cancelling 14 crossings.");
        assertTrue(ferry.terms().containsAll(Set.of("ferry", "crew", "walk", "deckhand", "harwich", "cancell",
                "crossing")), ferry.terms().toString());
        assertFalse(ferry.terms().contains("the") || ferry.terms().contains("on") || ferry.terms().contains("14"),
                "no stopwords or numbers");
        StoryFacts other = StoryFacts.of("", "The walkout by deckhands left Harwich without ferry crossings.");
        assertEquals(Set.of("crossing", "deckhand", "ferry", "harwich"), ferry.sharedTerms(other),
                "plural and singular meet");
        assertEquals(Set.of(), new StoryFacts(Set.of(), Set.of("harwich")).terms(), "facts stored without words");
    }

    static StoryFacts figures(String... figures) {
        return new StoryFacts(Set.of(figures), Set.of());
    }
}
