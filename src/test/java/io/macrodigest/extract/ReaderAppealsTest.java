package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderAppealsTest {

    private static final String PROSE = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>"
            + "<p>Analysts expect the first cut in the autumn, although a strong labour market could delay it"
            + " further, several economists said in notes to clients on Tuesday.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String text(String extra) {
        return extractor.extract("<article>" + PROSE + extra + "</article>", null).text();
    }

    @Test
    void dropsNewsletterAndDonationAppeals() {
        String text = text("<p>Never miss a rate decision: get our briefing in your inbox every Monday!</p>"
                + "<p>Jede kleine Spende hilft unserer Redaktion!</p><p>Hazte miembro y disfruta de ventajas.</p>");
        assertFalse(text.contains("inbox"), text);
        assertFalse(text.contains("Spende"), text);
        assertFalse(text.contains("miembro"), text);
        assertTrue(text.contains("first cut in the autumn"), text);
    }

    @Test
    void dropsLoginPromptsSharePromptsAndDisclaimers() {
        String text = text("<p>Sie müssen sich einloggen, um Kommentare zu schreiben.</p>"
                + "<div>Möchten Sie den Artikel teilen?</div>"
                + "<p>Dieser Beitrag gibt die Meinung des Autors wieder.</p>"
                + "<p>We may receive a commission when you buy through links on this page.</p>");
        assertFalse(text.contains("einloggen"), text);
        assertFalse(text.contains("teilen"), text);
        assertFalse(text.contains("Meinung"), text);
        assertFalse(text.contains("commission"), text);
    }

    @Test
    void keepsProseThatMerelyMentionsSharingOrDonations() {
        String text = text("<p>The fund will share its findings with the ministry next spring.</p>"
                + "<p>The donation of land to the city was approved by the council after a long debate.</p>");
        assertTrue(text.contains("share its findings"), text);
        assertTrue(text.contains("donation of land"), text);
    }

    @Test
    void dropsCookieNoticesAndConsentPlaceholdersButNotBaking() {
        String text = text("<p>Wir verwenden Cookies, um unsere Website zu verbessern.</p><div>Externer Inhalt</div>"
                + "<p>Bake the chocolate chip cookies for twelve minutes until golden.</p>");
        assertFalse(text.contains("Wir verwenden"), text);
        assertFalse(text.contains("Externer Inhalt"), text);
        assertTrue(text.contains("chocolate chip cookies"), text);
    }
}
