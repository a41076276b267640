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
