package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuthorExtractionTest {

    private static final String BODY = "<p>Central banks kept rates on hold this week, and bond markets barely moved"
            + " as traders waited for the next inflation report, due at the end of the month.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String author(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + BODY + "</body></html>", null)
                .author();
    }

    @Test
    void keepsNamesThatStartLikeABylineWord() {
        assertEquals("Dieter Krause", author("<meta name=\"author\" content=\"Dieter Krause\">", ""));
        assertEquals("AFP/The Local", author("<meta name=\"author\" content=\"AFP/The Local\">", ""));
        assertEquals("Anna Berg", author("<meta name=\"author\" content=\"VonAnna Berg\">", ""));
    }

    @Test
    void dropsTheLinkLabelsAroundTheName() {
        assertEquals("Martin Weber", author("", "<a class=\"author\" href=\"/team/mw\">Alles von Martin Weber</a>"));
        assertEquals("Petra Lang", author("", "<span class=\"byline\">Zeige alle Beiträge von Petra Lang</span>"));
        assertEquals("Jana Kroll", author("", "<div class=\"author\">Jana Kroll Alle Artikel</div>"));
        assertEquals("Grant Miller", author("<meta name=\"author\" content=\"Grant Miller, PhD\">", ""));
    }

    @Test
    void rejectsFormLabelsAndPlaceholders() {
        assertNull(author("", "<form><label class=\"comment-author\">Name (erforderlich)</label></form>"));
        assertNull(author("<meta name=\"author\" content=\"admin\">", ""));
        assertNull(author("<meta name=\"author\" content=\"-\">", ""));
        assertNull(author("", "<a class=\"author-link\" href=\"/team/iv\">9 articles</a>"));
    }

    @Test
    void decodesEntitiesLeftInStructuredData() {
        assertEquals("Redacción Central", author("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Redacci&oacute;n Central\"}}</script>", ""));
    }

    @Test
    void readsANameCreditedOnALineOfItsOwnWhenNothingMarksTheAuthorUp() {
        assertEquals("Anna Berg", author("", "<p>Posted on 3 May 2024 by Anna Berg</p>"));
        assertEquals("Eva Roth", author("", "<p><strong>Text:</strong> Eva Roth</p>"));
    }

    @Test
    void takesNoNounOrPhotographerForTheAuthor() {
        assertNull(author("", "<p>Stark betroffen von Corona waren die Banken.</p>"));
        assertNull(author("", "<p class=\"x\">Foto von Jan Weber</p>"));
    }

    @Test
    void prefersThePrintedBylineWhenTheDataNamesOnlyThePublication() {
        String data = "<meta property=\"og:site_name\" content=\"Rates Weekly\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
                + "\"Organization\",\"name\":\"Rates Weekly\"}}</script>";
        assertEquals("Lena Vogt", author(data, "<div class=\"byline\">Lena Vogt</div>"));
        assertEquals("Rates Weekly", author(data, ""));
        assertEquals("Lena Vogt", author("<meta name=\"author\" content=\"ratesweekly.com\">",
                "<span class=\"author\">Lena Vogt</span>"));
    }

    @Test
    void keepsTheDeclaredNameOfASiteNamedAfterItsAuthor() {
        assertEquals("Lena Vogt", author("<meta property=\"og:site_name\" content=\"Lena Vogt\">"
                + "<meta name=\"author\" content=\"Lena Vogt\">", "<div class=\"byline\">Lena Vogt Aug</div>"));
    }

    @Test
    void dropsThePublicationCreditedBesideThePerson() {
        String site = "<meta property=\"og:site_name\" content=\"Rates Weekly\">";
        assertEquals("Lena Vogt", author(site + "<meta name=\"author\" content=\"Lena Vogt, Rates Weekly\">", ""));
        assertEquals("Lena Vogt", author(site + "<meta name=\"author\" content=\"Rates Weekly - Lena Vogt\">", ""));
        assertEquals("Rates Weekly", author(site + "<meta name=\"author\" content=\"Rates Weekly\">", ""));
        assertEquals(",Rates Weekly", author(site + "<meta name=\"author\" content=\",Rates Weekly\">", ""));
    }

    @Test
    void keepsThePrintedBylineWhoseNameMerelyStartsLikeThePublication() {
        assertEquals("Bruno Brenner", author("<meta property=\"og:site_name\" content=\"BR\">"
                + "<meta name=\"author\" content=\"BR\">", "<div class=\"byline\">Bruno Brenner</div>"));
    }
}
