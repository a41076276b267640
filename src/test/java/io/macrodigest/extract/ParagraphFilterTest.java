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
}
