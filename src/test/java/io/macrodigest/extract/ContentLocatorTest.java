package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentLocatorTest {

    private static final String PROSE = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>"
            + "<p>Analysts expect the first cut in the autumn, although a strong labour market could delay it"
            + " further, several economists said in notes to clients on Tuesday.</p>"
            + "<p>Currency markets were calm, with the dollar little changed against the euro and the yen"
            + " through the session.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsTheLeadThatTheTemplateCallsATeaser() {
        String html = "<article><header><h1>Rates on hold</h1><div class=\"teaser-text\">The pause was widely"
                + " expected, but the statement left the door open to a cut before the end of the year.</div></header>"
                + "<div class=\"article-body\">" + PROSE + "</div></article>"
                + "<div class=\"more\"><div class=\"teaser\"><a href=\"/a\">Oil slips</a></div>"
                + "<div class=\"teaser\"><a href=\"/b\">Gold climbs</a></div></div>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.startsWith("The pause was widely expected"), text);
        assertFalse(text.contains("Oil slips"), text);
    }

    @Test
    void joinsTheBodyThatAnAdvertSplitIntoSiblingBoxes() {
        String html = "<div class=\"page\"><div class=\"story-part\">" + PROSE + "</div>"
                + "<div class=\"ad-slot\"><a href=\"/ad\">Advertisement</a></div>"
                + "<div class=\"story-part\"><p>After the pause, analysts said the statement left room for a cut in"
                + " spring if wage growth keeps slowing, and bond traders added to bets on lower yields.</p>"
                + "<p>The next decision is due in six weeks, when new staff projections will be published.</p></div>"
                + "</div><div class=\"footer\"><a href=\"/about\">About us</a></div>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("through the session."), text);
        assertTrue(text.contains("The next decision is due in six weeks"), "the continuation after the advert: " + text);
        assertFalse(text.contains("Advertisement") || text.contains("About us"), text);
    }

    @Test
    void keepsARecipesIngredientListBesideItsMethod() {
        String html = "<main><div class=\"recipe-ingredients\"><ul><li>200 g flour</li><li>2 eggs</li>"
                + "<li>100 ml milk</li></ul></div><div class=\"method\">" + PROSE + "</div></main>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("200 g flour") && text.contains("100 ml milk"), text);
    }

    @Test
    void keepsTheExcerptOrSubheadlineSetAboveTheBody() {
        String html = "<div class=\"page\"><div class=\"top\"><h1>Sick children</h1><p class=\"article-excerpt\">How"
                + " many days may parents stay at home when their child is ill, and who pays them?</p></div>"
                + "<div class=\"article-body\">" + PROSE + PROSE + "</div></div>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.startsWith("How many days may parents"), text);
    }
}
