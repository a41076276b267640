package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphFilterTest {

    private static final String PROSE = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>"
            + "<p>Analysts expect the first cut in the autumn, although a strong labour market could delay it"
            + " further, several economists said in notes to clients on Tuesday.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void dropsAStandAlonePictureCreditButKeepsSlashesInProse() {
        String text = extractor.extract("<article><p>Jane Doe / Example Images</p>" + PROSE
                + "<p>Yields rose 5 / 100 of a point.</p></article>", null).text();
        assertFalse(text.contains("Example Images"), text);
        assertTrue(text.contains("Yields rose 5 / 100 of a point."), text);
    }

    @Test
    void keepsTheTextBoxesOfAPageBuilderButNotItsOtherWidgets() {
        String box = "<div class=\"builder-widget builder-widget-text-editor\"><div class=\"builder-widget-container\">"
                + "%s</div></div>";
        String text = extractor.extract("<article>" + String.format(box, "<p>Central banks kept rates on hold this"
                + " week, and bond markets barely moved as traders waited for the inflation report.</p>")
                + "<h2>What comes next</h2>" + String.format(box, "<p>Analysts expect the first cut in the autumn,"
                + " although a strong labour market could delay it further, economists said.</p>")
                + "<div class=\"builder-widget builder-widget-html\"><p>Our shop opens at nine every weekday and"
                + " closes early on public holidays, except in the week before the new year.</p></div></article>", null).text();
        assertTrue(text.contains("bond markets barely moved"), text);
        assertTrue(text.contains("first cut in the autumn"), text);
        assertFalse(text.contains("Our shop opens"), text);
    }

    @Test
    void dropsTheSummariesOfAListOfOtherStories() {
        StringBuilder list = new StringBuilder("<dl>");
        for (int i = 1; i <= 3; i++) {
            list.append("<dt><a href=\"/story").append(i).append("\">Other story number ").append(i)
                    .append(" makes the news</a></dt><dd>Summary of other story ").append(i)
                    .append(", a sentence long enough to pass for prose in a paragraph of its own.</dd>");
        }
        String text = extractor.extract("<div class=\"page\">" + PROSE + list + "</dl></div>", null).text();
        assertTrue(text.contains("several economists said"), text);
        assertFalse(text.contains("Summary of other story"), text);
    }

    @Test
    void keepsTheItemsOfARoundUpWhoseNamesAreLinkedParagraphs() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            items.append("<p><a href=\"https://example.org/").append(i).append("\">Bank number ").append(i)
                    .append(" buys a broker</a></p><p>Bank number ").append(i)
                    .append(" agreed to buy a regional broker in a deal worth several hundred million.</p>");
        }
        String text = extractor.extract("<article>" + PROSE + items + "</article>", null).text();
        assertTrue(text.contains("Bank number 3 agreed to buy"), text);
    }

    @Test
    void endsTheStoryWhereTheReadersCommentsBegin() {
        String text = extractor.extract("<div class=\"story\">" + PROSE + "<hr><b>Comments are closed.</b><br><br><b>A"
                + " reader</b><br>Rates should have been cut months ago, and everyone knows"
                + " it.<br><br><hr><b>Another reader</b><br>Patience is the right call when inflation is still"
                + " above target.</div>", null).text();
        assertTrue(text.contains("several economists said"), text);
        assertFalse(text.contains("Comments are closed"), text);
        assertFalse(text.contains("everyone knows it"), text);
        assertFalse(text.contains("Patience"), text);
    }

    @Test
    void endsTheStoryAtALineSignedWithATime() {
        String text = extractor.extract("<div class=\"story\">" + PROSE + "<div>Posted by: Jane, Leeds on 9:40am Mon"
                + " 3 Mar</div><div>Rates should have been cut months ago, and everyone knows it by now.</div></div>",
                null).text();
        assertTrue(text.contains("several economists said"), text);
        assertFalse(text.contains("everyone knows it"), text);
    }

    @Test
    void dropsScriptSourceThatLostItsTagButKeepsCodeBlocks() {
        String text = extractor.extract("<article>" + PROSE + "<p>var tip=document.getElementById('tip'); if (tip)"
                + " { tip.style.left=(x+12)+'px'; }</p><pre>var total = document.querySelectorAll('p').length;</pre>"
                + "</article>", null).text();
        assertFalse(text.contains("getElementById"), text);
        assertTrue(text.contains("querySelectorAll"), text);
    }

    @Test
    void keepsALinkToTheCommentsAboveTheStory() {
        String text = extractor.extract("<article><p>Central banks kept rates on hold this week, as traders had"
                + " expected.</p><p><a href=\"#c\">Comments (3)</a></p>" + PROSE + "</article>", null).text();
        assertTrue(text.contains("several economists said"), text);
    }

    @Test
    void dropsTheLinksSectionAfterTheStory() {
        String text = extractor.extract("<article>" + PROSE + "<div><h3>Weitere Artikel zum Thema</h3>"
                + "<p>Inflation in the euro area slows for a third month</p></div></article>", null).text();
        assertFalse(text.contains("Weitere Artikel"), text);
        assertFalse(text.contains("third month"), text);
    }

    @Test
    void dropsLabelledCaptionsAndLinesClosedByAPictureCredit() {
        String text = extractor.extract("<article>" + PROSE + "<p>Abbildung 3: Die Zinskurve im Vergleich der letzten"
                + " zehn Jahre, berechnet aus den Renditen zehnjähriger Anleihen.</p>"
                + "<p>The governor at the press conference in Frankfurt. © Jane Doe / Example Images</p></article>",
                null).text();
        assertFalse(text.contains("Abbildung"), text);
        assertFalse(text.contains("press conference in Frankfurt"), text);
        assertTrue(text.contains("first cut in the autumn"), text);
    }

    @Test
    void dropsTopicLabelsPaywallNoticesAndMarkedAdvertising() {
        String text = extractor.extract("<article>" + PROSE + "<div>Themen: Geldpolitik Inflation</div>"
                + "<h2>Pour lire la suite, créez votre compte</h2><p>*Werbung. Dieser Beitrag nennt eine Bank.</p>"
                + "<p>(Alle Angaben ohne Gewähr)</p></article>", null).text();
        assertFalse(text.contains("Themen"), text);
        assertFalse(text.contains("Pour lire"), text);
        assertFalse(text.contains("Werbung"), text);
        assertFalse(text.contains("Gewähr"), text);
    }

    @Test
    void dropsSourceListsAndContactBoxesAfterTheStory() {
        String text = extractor.extract("<article>" + PROSE + "<div><h3>Quellen</h3><p>Monthly report of the central"
                + " bank, March issue</p></div><div><h3>Ansprechpartnerin zum Thema</h3><p>Erika Muster, press office"
                + "</p></div></article>", null).text();
        assertFalse(text.contains("Monthly report"), text);
        assertFalse(text.contains("Erika Muster"), text);
        assertTrue(text.contains("first cut in the autumn"), text);
    }

    @Test
    void keepsASentenceThatIntroducesDroppedLinksButNotABareLabel() {
        String text = extractor.extract("<article>" + PROSE + "<p>The full statement of the committee is here:</p>"
                + "<ul><li><a href=\"/statement\">Statement</a></li></ul><p>Kontakt:</p>"
                + "<ul><li><a href=\"/press\">Press office</a></li></ul></article>", null).text();
        assertTrue(text.contains("The full statement of the committee is here:"), text);
        assertFalse(text.contains("Kontakt:"), text);
    }

    @Test
    void dropsPictureCaptionsNamedAsLegends() {
        String text = extractor.extract("<article>" + PROSE + "<div class=\"image\"><img src=\"a.jpg\">"
                + "<div class=\"legend\">The trading floor on Tuesday morning, shortly after the decision.</div></div>"
                + "<p class=\"bildunterschrift\">Der Handelssaal am Dienstagmorgen.</p></article>", null).text();
        assertFalse(text.contains("trading floor"), text);
        assertFalse(text.contains("Handelssaal"), text);
        assertTrue(text.contains("first cut in the autumn"), text);
    }
}
