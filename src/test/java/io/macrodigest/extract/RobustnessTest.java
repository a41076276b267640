package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Hostile inputs end in a result or an {@link ExtractionException} quickly, never a hang or an error. */
class RobustnessTest {

    private static final String PARAGRAPH = "<p>Central banks kept rates on hold this quarter, and analysts expect"
            + " the first cut only after inflation has clearly returned to target levels.</p>\n";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void tenMegabytePageGivesAResultOrAClearFailure() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() < 10_000_000) {
            html.append("<div class=\"item\"><span>cell</span><a href=\"/x\">link</a></div>").append(PARAGRAPH);
        }
        html.append("</article></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                ExtractedArticle article = extractor.extract(bytes, "https://example.com/a", "text/html");
                assertTrue(article.text().contains("Central banks kept rates on hold"));
            } catch (ExtractionException budgetExceeded) {
                assertTrue(budgetExceeded.getMessage().contains("time budget"));
            }
        });
    }

    @Test
    void nestedBylineAndDatelineBoxesAroundAHugePageAreNotReadOverAndOver() {
        // reading the whole text under each of 500 nested boxes took 9 s (dates) and 89 s (bylines) on 8 MB;
        // a cold JVM on a busy two-core machine now takes about 3 s a box, parsing included
        for (String box : new String[] {"<div class=\"byline\">", "<div class=\"date\">"}) {
            assertNestedBoxesEndQuickly("<html><body>" + box.repeat(500), 5_000_000, box);
        }
    }

    /** Boxes nested around a huge page end in a result or the budget exception within 10 s. */
    private void assertNestedBoxesEndQuickly(String opening, int size, String box) {
        StringBuilder html = new StringBuilder(opening);
        while (html.length() < size) {
            html.append(PARAGRAPH);
        }
        byte[] bytes = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertTrue(extractor.extract(bytes, null, "text/html").text().contains("Central banks kept"));
            } catch (ExtractionException budgetExceeded) {
                assertTrue(budgetExceeded.getMessage().contains("time budget"));
            }
        }, box);
    }

    @Test
    void hugeScriptStateFullOfNearMissFieldsIsScannedInLinearTime() {
        StringBuilder html = new StringBuilder("<html><body>").append(PARAGRAPH.repeat(3));
        for (int i = 0; i < 3; i++) {
            html.append("<script>var s = {").append("\"publishedAtX\":\"2019-03-02\",".repeat(40_000))
                    .append("};</script>");
        }
        html.append("</body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ExtractedArticle article = extractor.extract(bytes, null, "text/html");
            assertTrue(article.text().contains("Central banks kept"));
            assertNull(article.publishedAt(), "a field merely starting with a date key's name is not one");
        });
    }

    @Test
    void stuffedDeclaredTitlesAreNotSplitOverAndOver() {
        String site = "<meta property=\"og:site_name\" content=\"Site\">";
        String[] titles = {"Headline" + " | Site".repeat(5_000), "ab cd: ".repeat(20_000),
            "Head" + " -".repeat(20_000) + " x | Site", "Headline | Site".repeat(300)};
        for (String title : titles) {
            String html = "<html><head>" + site + "<meta property=\"og:title\" content=\"" + title + "\">"
                    + "<title>zz</title></head><body>" + PARAGRAPH.repeat(3) + "</body></html>";
            // each of these took from 2 s to minutes, or overflowed the stack, before titles were capped
            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertTrue(extractor.extract(html, null).text().contains("Central banks kept")));
        }
    }

    @Test
    void nestedHeadingAndHeadlineBoxesAroundAHugePageAreNotReadOverAndOver() {
        // reading the whole text of each of 200 nested boxes took 20 s (styled boxes) and 76 s (itemprop)
        String[] boxes = {"<div class=\"headline\">", "<div itemprop=\"headline\">", "<h2>", "<h1>"};
        for (String box : boxes) {
            assertNestedBoxesEndQuickly("<html><head><title>Markets | Site</title></head><body>" + box.repeat(200)
                    + "<h1>Markets</h1>", 3_000_000, box);
        }
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(5_000) + PARAGRAPH.repeat(3) + "</div>".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ExtractedArticle article = extractor.extract(html, null);
            assertTrue(article.text().contains("Central banks kept rates on hold"));
        });
    }

    @Test
    void deeplyNestedInlineAndTableMarkupIsHandled() {
        String html = "<body>" + "<span><b><table><tr><td>".repeat(2_000) + PARAGRAPH + "</body>";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ExtractedArticle article = extractor.extract(html, null);
            assertTrue(article.text().contains("Central banks kept rates on hold"));
        });
    }

    @Test
    void aTitleThatNeverClosesDoesNotSwallowThePage() {
        String html = "<html><head><title>Rates on hold<script src=x.js></script></head><body><div>"
                + "<p>Central banks kept rates on hold this week, and bond markets barely moved as traders waited.</p>"
                + "</div>" + "<p>Filler paragraph that pads the page well past any headline's length.</p>".repeat(5)
                + "</body></html>";
        ExtractedArticle article = extractor.extract(html, null);
        assertTrue(article.text().contains("Central banks kept rates on hold"), article.text());
        assertEquals("Rates on hold", article.title());
    }

    @Test
    void brokenMarkupStillYieldsText() {
        String html = "<html><head><title>Broken</title><body><div class=content><p>Unclosed paragraph about bond"
                + " yields rising sharply after the auction, the steepest move in a month<p>Second <b>unclosed <i>"
                + "paragraph with stray tags</b> about the dollar</i> weakening against the yen as traders reposition"
                + "</div></span></td><<>>&&;;<!-- unterminated comment";
        ExtractedArticle article = extractor.extract(html, null);
        assertTrue(article.text().contains("Unclosed paragraph about bond yields"));
        assertTrue(article.text().contains("weakening against the yen"));
    }

    @Test
    void exhaustedBudgetIsAClearFailure() {
        ArticleExtractor hurried = new ArticleExtractor(Duration.ofNanos(1));
        String html = "<html><body>" + PARAGRAPH.repeat(20_000) + "</body></html>";
        ExtractionException e = assertThrows(ExtractionException.class, () -> hurried.extract(html, null));
        assertTrue(e.getMessage().contains("time budget"));
    }

    @Test
    void pageWithoutTextIsAClearFailure() {
        assertThrows(ExtractionException.class,
                () -> extractor.extract("<html><body><img src=a.png><script>var x=1;</script></body></html>", null));
        assertThrows(ExtractionException.class, () -> extractor.extract("   ", null));
    }

    @Test
    void binaryContentIsNotHtml() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ExtractionException.class, () -> extractor.extract(pdf, null, null));
        byte[] html = "<p>Some words that would otherwise be readable enough for a page.</p>".getBytes(StandardCharsets.UTF_8);
        assertThrows(ExtractionException.class, () -> extractor.extract(html, null, "image/png"));
    }

    @Test
    void hugeFlatTextWithoutMarkupIsHandled() {
        String html = "<html><body>" + "word ".repeat(1_000_000) + "</body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertFalse(extractor.extract(html, null).text().isBlank());
            } catch (ExtractionException budgetExceeded) {
                assertTrue(budgetExceeded.getMessage().contains("time budget"));
            }
        });
    }
}
