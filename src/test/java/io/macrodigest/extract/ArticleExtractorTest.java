package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsTheStoryAndDropsPageFurniture() {
        String text = newsArticle().text();
        assertTrue(text.contains("Gold rose to a record on Tuesday"));
        assertTrue(text.contains("Trading volumes were about average"));
        for (String furniture : new String[] {"cookies", "Markets", "Share on Twitter", "Silver rallies",
                "Great article", "Bitcoin miners", "All rights reserved", "newsletter", "Read more",
                "Photo: Reuters", "By Jane Fielding"}) {
            assertFalse(text.contains(furniture), () -> "leaked: " + furniture + "\n" + text);
        }
    }

    @Test
    void keepsHeadingsListsTablesAndQuotesInsideTheArticle() {
        String text = newsArticle().text();
        assertTrue(text.contains("What analysts expect"));
        assertTrue(text.contains("Spot gold: up 1.2 percent on the day"));
        assertTrue(text.contains("Silver: up 0.8 percent on the day"));
        assertTrue(text.contains("Gold\n\n+1.2%"));
        assertTrue(text.contains("We see further upside as real yields decline"));
    }

    @Test
    void separatesParagraphsWithABlankLineAndCollapsesSpaces() {
        String html = "<article><p>First   paragraph\n about\tthe  euro, which weakened after the data.</p>"
                + "<p>Second paragraph about the pound, which held steady through the session.</p></article>";
        assertEquals("First paragraph about the euro, which weakened after the data.\n\n"
                + "Second paragraph about the pound, which held steady through the session.",
                extractor.extract(html, null).text());
    }

    @Test
    void readsMetadataFromJsonLdAndMetaTags() {
        ExtractedArticle a = newsArticle();
        assertEquals("Gold climbs as the dollar slips", a.title());
        assertEquals("Jane Fielding, Omar Haddad", a.author());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 8, 30, 0, 0, ZoneOffset.ofHours(1)), a.publishedAt());
        assertEquals("en-GB", a.language());
        assertEquals("Macro Wire", a.siteName());
        assertEquals("https://macro.example/markets/2024/03/05/gold-climbs", a.canonicalUrl());
        assertEquals("https://macro.example/a?id=1", a.url());
    }

    @Test
    void handlesLegacyMarkupWithLineBreaksAndTextualDates() {
        ExtractedArticle a = extractor.extract(resource("legacy-blog.html"), "https://blog.example/p?id=7");
        assertTrue(a.text().contains("Die Renditen langlaufender Anleihen"));
        assertTrue(a.text().contains("Für Sparer bedeutet das"));
        assertFalse(a.text().contains("Impressum"));
        assertEquals("Warum die Zinskurve wieder steiler wird", a.title());
        assertEquals(LocalDate.of(2024, 2, 12), a.publishedAt().toLocalDate());
        assertEquals("de", a.language());
    }

    @Test
    void stripsTheSiteNameFromTheDocumentTitle() {
        String html = "<html><head><title>Oil extends losses on demand worries - Energy Daily</title>"
                + "<meta property=\"og:site_name\" content=\"Energy Daily\"></head><body><div>"
                + "<p>Oil prices extended losses for a second day as traders weighed signs of weaker demand in Asia.</p>"
                + "</div></body></html>";
        assertEquals("Oil extends losses on demand worries", extractor.extract(html, null).title());
    }

    @Test
    void takesTheDateFromTheUrlWhenTheMarkupHasNone() {
        String html = "<p>The committee left its key rate unchanged and signalled patience on future moves.</p>";
        ExtractedArticle a = extractor.extract(html, "https://news.example/2023/11/08/rates-unchanged");
        assertEquals(LocalDate.of(2023, 11, 8), a.publishedAt().toLocalDate());
    }

    @Test
    void usesTheStructuredArticleBodyWhenTheMarkupHoldsOnlyATeaser() {
        String body = "Inflation slowed for a fifth month in a row. ".repeat(20);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Inflation slows\",\"articleBody\":\"" + body + "\"}</script></head><body>"
                + "<p>Inflation slowed for a fifth month in a row, official figures showed.</p></body></html>";
        ExtractedArticle a = extractor.extract(html, null);
        assertEquals(body.strip(), a.text());
        assertEquals("Inflation slows", a.title());
    }

    @Test
    void theServersContentLanguageNamesAnUndeclaredPage() {
        byte[] page = ("<html><body><article><p>Die Notenbank beließ den Leitzins unverändert, und die Märkte erwarten"
                + " eine Senkung im Frühjahr, sagen Volkswirte.</p></article></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("de-AT", extractor.extract(page, null, "text/html; charset=utf-8", "de-at").language());
        assertEquals("de", extractor.extract(page, null, "text/html; charset=utf-8", "en, fr").language(),
                "a list of audiences is passed over and the text decides");
        byte[] declared = "<html lang=\"fr\"><body><p>Bonjour à tous les lecteurs de ce journal.</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("fr", extractor.extract(declared, null, "text/html", "en").language(), "the page's own lang wins");
    }

    @Test
    void detectsTheLanguageWhenThePageDoesNotDeclareIt() {
        String html = "<p>La banque centrale a maintenu ses taux et les marchés attendent une baisse pour le"
                + " printemps, selon les économistes qui suivent la politique monétaire de la zone euro.</p>";
        assertEquals("fr", extractor.extract(html, null).language());
        assertEquals("zh", extractor.extract("<p>中国人民银行宣布下调存款准备金率，以支持经济稳定增长和市场流动性。</p>", null).language());
    }

    @Test
    void readsTheNoscriptCopyOfAPageThatDrawsItselfWithScripts() {
        String html = "<html><body><div id=\"app\"></div><noscript><div class=\"post\"><p>The central bank left its"
                + " main rate unchanged on Thursday and said it would watch wage growth closely.</p></div></noscript>"
                + "<script>render()</script></body></html>";
        assertTrue(extractor.extract(html, null).text().startsWith("The central bank left its main rate"));
    }

    @Test
    void fallsBackToThePlainTextWhenTheOnlyContentSitsInABoxNamedLikeFurniture() {
        String html = "<div class=\"date-outer\"><h2 class=\"date-header\">Thursday, July 28, 2011</h2>"
                + "<div class=\"post-body\">First line of the song<br>Second line of the song<br><br>Chorus<br>"
                + "Third line of the song</div></div><div class=\"sidebar\">Followers: 120 and counting. Archive of"
                + " every post since 2009.</div>";
        assertTrue(extractor.extract(html, null).text().contains("Third line of the song"));
    }

    @Test
    void namesTheSiteFromTheStructuredPublisherOrTheApplicationName() {
        String body = "<body><article><p>Central banks kept rates on hold this week, and bond markets barely moved as"
                + " traders waited for the next inflation report.</p></article></body>";
        assertEquals("Rates Weekly", extractor.extract("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Rates\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Rates Weekly\"}}</script></head>" + body + "</html>", null).siteName());
        assertEquals("Bond Desk", extractor.extract("<html><head><meta name=\"application-name\" content=\"Bond Desk\">"
                + "</head>" + body + "</html>", null).siteName());
    }

    @Test
    void leavesUnknownMetadataNull() {
        ExtractedArticle a = extractor.extract("<p>Just one plain paragraph of text with enough words in it.</p>", null);
        assertNull(a.author());
        assertNull(a.publishedAt());
        assertNull(a.canonicalUrl());
    }

    private ExtractedArticle newsArticle() {
        return extractor.extract(resource("news-article.html"), "https://macro.example/a?id=1");
    }

    static String resource(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheArticlePartsThatAStreamingPageSendsLateInHiddenBoxes() {
        String text = extractor.extract("<html><body><main><h1>Rates on hold</h1><template id=\"P:0\"></template>"
                + "<p>Loading</p></main><footer>Example Daily</footer><div hidden id=\"S:0\"><p>Central banks kept"
                + " rates on hold this week, and bond markets barely moved as traders waited for the inflation report."
                + "</p><p>Analysts expect the first cut in the autumn, although a strong labour market could delay it"
                + " further, several economists said in notes to clients.</p></div></body></html>", null).text();
        assertTrue(text.contains("Central banks kept rates on hold"), text);
        assertTrue(text.contains("several economists said"), text);
    }
}
